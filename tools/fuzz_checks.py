"""Run every answer of the checks' catalogue (catalogue/<set>/<exercise>.py, lesson 91) on N fresh seeds and print every verdict or message that changed.

A check is tested in `make test` on fixed seeds; a check that lies on one seed in fifty passes that. This runs each answer on many
seeds and reports, for every answer whose verdict lied (a right answer rejected, a wrong one accepted or misnamed) or whose message
changed between seeds, how often and an example of each message. With -n 1000 it measures a check's false-alarm rate (its right
answers) and power (its wrong ones). Exit status 1 when anything lied."""
import argparse, os, sys, time

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0], epilog=__doc__.split('\n', 2)[2])
    ap.add_argument('-n', '--seeds', type=int, default=20, help="seeds per answer (default 20)")
    ap.add_argument('--start', type=int, default=None, help="first seed (default: a fresh one, printed, to repeat a run)")
    ap.add_argument('--exercise', action='append', help="only this exercise (as its lesson names it; repeatable)")
    ap.add_argument('--what', default=None, help="only answers whose description contains this text")
    ap.add_argument('--skip', action='append', default=[], help="leave out answers whose description contains this text (repeatable)")
    ap.add_argument('--kind', choices=('right', 'wrong'), default=None, help="only the right answers (false alarms) or the wrong ones (power)")
    ap.add_argument('--set', dest='sets', action='append', help="only the answers of this set of the catalogue (planted, fresh-1, ...; repeatable)")
    args = ap.parse_args(argv)
    os.environ.pop('BYOL_COURSE_CHECK_SEED', None)              # the seeds come from here, not from make test's pin
    import torch
    from byol_course.checks.catalogue import catalogue_exercises, load_answers, fuzz, fuzz_report
    torch.set_num_threads(1)
    start = args.start if args.start is not None else int(torch.Generator().seed() % 2**30)
    exercises = args.exercise or catalogue_exercises()
    answers = [a for e in exercises for a in load_answers(e)
               if (args.what is None or args.what in a.what) and not any(t in a.what for t in args.skip)
               and (args.kind is None or (a.says is None) == (args.kind == 'right'))
               and (not args.sets or a.where.split('/')[0] in args.sets)]
    print(f"{len(answers)} answers of {len(exercises)} exercises, {args.seeds} seeds each, from seed {start}", flush=True)
    t0, done = time.time(), [0]
    def progress(r):
        done[0] += 1
        if r.lies or len(r.messages) > 1 or done[0] % 25 == 0:
            print(f"  [{done[0]}/{len(answers)}, {time.time() - t0:.0f} s] {r.answer.exercise}: {r.answer.what[:70]}: "
                  f"accepted {r.accepted}/{r.runs}", flush=True)
    results = fuzz(answers, args.seeds, start, progress)
    print('\n' + fuzz_report(results))
    return 1 if any(r.lies for r in results) else 0

if __name__ == '__main__': sys.exit(main())
