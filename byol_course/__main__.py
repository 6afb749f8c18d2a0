"`python -m byol_course ...` is the `byol-course` command: for launchers that take a module, e.g. `torchrun --nproc_per_node 4 -m byol_course pretrain`."
import sys
from byol_course.cli import main

sys.exit(main())
