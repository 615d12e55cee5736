import type { Status } from '../../core';

/** A shape per status, so the answer never depends on colour alone. */
export function StatusIcon({ status }: { status: Status | 'pending' }) {
  const common = { width: 44, height: 44, viewBox: '0 0 24 24', 'aria-hidden': true as const, class: 'status-icon' };
  switch (status) {
    case 'allowed':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      );
    case 'banned':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="3" />
          <path d="M5.5 5.5l13 13" stroke="currentColor" stroke-width="3" />
        </svg>
      );
    case 'county-rules':
      return (
        <svg {...common}>
          <path d="M12 1.5l10.5 19h-21z" fill="currentColor" />
          <path d="M12 8.5v6M12 17.2v.3" stroke="#fff" stroke-width="2.4" stroke-linecap="round" />
        </svg>
      );
    case 'outside':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.4" stroke-dasharray="4 3" />
          <circle cx="12" cy="12" r="3" fill="currentColor" />
        </svg>
      );
    case 'no-notice':
      return (
        <svg {...common}>
          <rect x="4" y="2" width="16" height="20" rx="2" fill="none" stroke="currentColor" stroke-width="2.2" />
          <path d="M8 8h8M8 12h8M8 16h4" stroke="currentColor" stroke-width="2" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z" fill="none" stroke="currentColor" stroke-width="2.2" />
          <circle cx="12" cy="9" r="2.5" fill="currentColor" />
        </svg>
      );
  }
}
