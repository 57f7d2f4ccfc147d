// Placeholder: the dashboard is built by the dashboard issue.
document.getElementById('root')!.textContent = 'Team KPI Analytics — Dashboard';
