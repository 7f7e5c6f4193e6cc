/** Caliper's mark: a ruler with marks on it. Decorative; the product name sits beside it. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect x="2" y="9" width="28" height="14" rx="3" fill="currentColor" />
      <path
        d="M7 9v6M12 9v4M17 9v6M22 9v4M27 9v6"
        stroke="var(--mark-ticks, #fff)"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
