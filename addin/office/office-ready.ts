/**
 * Office.js comes from Microsoft's CDN, as Office requires of add-ins, and is the only thing
 * the pane loads from outside its own origin. Where an `Office` object is already there (the
 * browser tests' fake, injected before the page loads) nothing is fetched.
 */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function loadOfficeJs(): Promise<boolean> {
  if ('Office' in window) return Promise.resolve(true);
  return new Promise((done) => {
    const script = document.createElement('script');
    script.src = OFFICE_JS;
    script.onload = () => done(true);
    script.onerror = () => done(false);
    document.head.appendChild(script);
  });
}

/** True once Office.js is ready inside Excel; false in a plain browser or another host. */
export async function officeReadyInExcel(): Promise<boolean> {
  if (!(await loadOfficeJs())) return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}
