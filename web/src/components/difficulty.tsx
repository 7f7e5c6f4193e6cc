/** Props of Difficulty. */
export interface DifficultyProps {
  /** 1 (gentle) to 5 (hard). */
  value: number;
}

/** Difficulty as five dots, read out as "Difficulty 3 of 5". */
export function Difficulty({ value }: DifficultyProps) {
  const filled = Math.max(0, Math.min(5, value));
  return (
    <span className="difficulty" title={`Difficulty ${filled} of 5`}>
      <span className="visually-hidden">Difficulty {filled} of 5</span>
      <span aria-hidden="true">
        {'●'.repeat(filled)}
        <span className="difficulty__rest">{'●'.repeat(5 - filled)}</span>
      </span>
    </span>
  );
}
