interface DelegationBadgeProps {
  code: string;
  name: string;
  colour: string;
  /** Hide the name where the same line already says it (the compilation's "by delegation" heading). */
  showName?: boolean;
}

/**
 * Who made a change: the delegation's colour in a swatch, its code and name in ink beside it. The colour never
 * touches the redline itself, where it would compete with the insert/delete pair.
 */
export function DelegationBadge({ code, name, colour, showName = true }: DelegationBadgeProps) {
  return (
    <span className="delegation-badge">
      <span className="proposal-tag" data-testid="proposal-tag">
        <span className="delegation-swatch" style={{ background: colour }} aria-hidden="true" />
        {code}
      </span>
      {showName && name !== code && <span className="delegation-badge-name">{name}</span>}
    </span>
  );
}
