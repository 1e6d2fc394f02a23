import './readiness-meter.css';

/** A readiness percentage as a big number and a bar; `label` names it for screen readers. */
export function ReadinessMeter({
  value,
  label,
  shown,
  hint,
  meaning,
}: {
  value: number | null;
  label: string;
  /** The number as displayed ("42%" or "–"). */
  shown: string;
  hint?: string;
  /** One line saying what the number means, shown beside it. */
  meaning?: string;
}) {
  return (
    <div class="meter">
      <p class="meter__value" aria-hidden="true">
        {shown}
      </p>
      {meaning && <p class="meter__hint">{meaning}</p>}
      <div
        class="progress-bar meter__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-valuetext={shown}
      >
        <span style={{ width: `${value ?? 0}%` }} />
      </div>
      {hint && <p class="meter__hint">{hint}</p>}
    </div>
  );
}
