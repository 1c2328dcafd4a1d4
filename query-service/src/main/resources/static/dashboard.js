// Draws each trend chart from the numbers in its canvas's data-chart attribute. The table beside
// every chart holds the same numbers, so nothing is lost without JavaScript.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#1d70b8', '#00703c', '#d4351c', '#505a5f'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var figures = JSON.parse(canvas.getAttribute('data-chart'));
    var percentages = figures.series.filter(function (s) { return s.label.indexOf('(%)') >= 0; });
    var counts = figures.series.filter(function (s) { return s.label.indexOf('(%)') < 0; });
    function datasets(series, axis) {
      return series.map(function (s, i) {
        return { label: s.label, data: s.values, borderColor: colours[(i + (axis === 'y' ? 0 : 2)) % colours.length],
          backgroundColor: colours[(i + (axis === 'y' ? 0 : 2)) % colours.length], yAxisID: axis, spanGaps: false };
      });
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: figures.months, datasets: datasets(percentages, 'y').concat(datasets(counts, 'y1')) },
      options: {
        animation: false,
        responsive: true,
        scales: {
          y: { position: 'left', min: 0, max: 100, title: { display: true, text: '%' } },
          y1: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'count' } }
        }
      }
    });
  });
})();
