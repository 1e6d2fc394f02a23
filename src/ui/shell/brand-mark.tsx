/**
 * The app's logo (public/logo.svg), drawn inline: it sits in the top bar of the very first
 * paint, and an <img> would be one more request on the way to it.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      class="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 512 512"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="512" height="512" rx="96" fill="#0f5e57" />
      <path d="M120 352h64V256h-64zM224 352h64V184h-64zM328 352h64V120h-64z" fill="#e9f7f4" />
      <path d="M112 392h288" stroke="#f4b860" stroke-width="28" stroke-linecap="round" />
    </svg>
  );
}
