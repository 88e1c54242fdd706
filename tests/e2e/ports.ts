// The origins the test servers listen on (see playwright.config.ts).
export const PORT = Number(process.env.WEGO_E2E_PORT || 4173);
export const APP = `http://127.0.0.1:${PORT}`;
export const SUB = `http://127.0.0.1:${PORT + 1}`;
export const CSP = `http://127.0.0.1:${PORT + 2}`;
export const HOST = `http://127.0.0.1:${PORT + 3}`;
/** A site whose timeline has 450 synthetic events (scripts/site.sh: write_synthetic_timeline). */
export const SYNTHETIC = `http://127.0.0.1:${PORT + 4}`;
