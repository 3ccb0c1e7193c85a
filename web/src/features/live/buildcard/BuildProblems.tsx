/** What validation found: open while it is being fixed, folded away once the build is over. */
export function BuildProblems({ problems, running, repairing }: { problems: string[]; running: boolean; repairing: boolean }) {
  if (problems.length === 0) return null;
  const n = problems.length;
  const label = `${n} ${n === 1 ? 'problem' : 'problems'}${repairing ? (running ? ' found; fixing' : ' fixed') : ' found'}`;
  return (
    <details className="build-problems" open={running || undefined}>
      <summary>{label}</summary>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </details>
  );
}
