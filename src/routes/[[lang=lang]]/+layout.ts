/**
 * Public pages are rendered on the server only: they ship no framework JavaScript (issue 15,
 * item 5). Everything on them works as plain HTML (tests/no-js.e2e.ts); the few extras are
 * small same-origin scripts in static/ (Finn hjelp's history and picked count, the shared
 * list's buttons, the activity map). /admin and /rad keep client-side rendering.
 */
export const csr = false;
