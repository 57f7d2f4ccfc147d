// Placeholder: the task pane is built by the add-in issue.
document.getElementById('root')!.textContent = 'Team KPI Analytics';
