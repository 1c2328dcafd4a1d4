// Draws each trend chart from the numbers in its canvas's data-chart attribute: one chart for a
// trend's percentages and one for its counts, so that every axis carries one measure. The table
// beside the charts holds the same numbers, so nothing is lost without JavaScript.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#1d70b8', '#00703c', '#d4351c', '#505a5f'];
  var charts = [];
  // Chart.js follows its box as it shrinks but not always as it grows again: a wider window redraws every chart.
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var figures = JSON.parse(canvas.getAttribute('data-chart'));
    var percent = figures.unit === '%';
    charts.push(new Chart(canvas, {
      type: 'line',
      data: {
        labels: figures.months,
        datasets: figures.series.map(function (s, i) {
          return { label: s.label, data: s.values, borderColor: colours[(i + (percent ? 0 : 2)) % colours.length],
            backgroundColor: colours[(i + (percent ? 0 : 2)) % colours.length], spanGaps: false };
        })
      },
      options: {
        animation: false,
        responsive: true,
        scales: {
          y: percent
            ? { min: 0, max: 100, title: { display: true, text: 'per cent' } }
            : { beginAtZero: true, suggestedMax: 5, ticks: { precision: 0 }, title: { display: true, text: 'number' } }
        }
      }
    }));
  });
})();
