// Admin pages: live run progress (polling) and an upload size check before sending.
(function () {
  "use strict";
  var box = document.querySelector(".progress[data-status-url]");
  if (box && box.getAttribute("data-status") === "running") {
    var poll = function () {
      fetch(box.getAttribute("data-status-url"), {credentials: "same-origin"})
        .then(function (r) { return r.json(); })
        .then(function (p) {
          var labels = p.labels || {};
          box.querySelector(".run-status").textContent = labels[p.status] || p.status;
          box.querySelector(".run-done").textContent = p.done;
          box.querySelector(".run-total").textContent = p.total;
          var bar = box.querySelector("progress");
          bar.max = p.total || 1;
          bar.value = p.done;
          box.querySelector(".run-counts").textContent = Object.keys(p.counts).sort().map(function (k) {
            return p.counts[k] + " " + (labels[k] || k);
          }).join(", ");
          if (p.status === "running") { setTimeout(poll, 1500); } else { window.location.reload(); }
        })
        .catch(function () { setTimeout(poll, 5000); });
    };
    setTimeout(poll, 1000);
  }
  // Audit times are stored and sent in UTC; show them in the reader's own time zone.
  Array.prototype.forEach.call(document.querySelectorAll("table.audit time[datetime]"), function (t) {
    var when = new Date(t.getAttribute("datetime"));
    if (!isNaN(when)) {
      t.title = t.textContent;
      t.textContent = when.toLocaleString(document.documentElement.lang || undefined,
        {year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
         second: "2-digit", timeZoneName: "short"});
    }
  });
  var form = document.querySelector("form[data-max-bytes]");
  if (form) {
    var input = form.querySelector("input[type=file][name=files]");
    var note = form.querySelector(".upload-size");
    var check = function () {
      var total = 0;
      Array.prototype.forEach.call(input.files, function (f) { total += f.size; });
      var max = parseInt(form.getAttribute("data-max-bytes"), 10);
      var tooBig = max && total > max;
      // the message comes translated from the page (data-too-big), with {total} and {max}
      note.textContent = tooBig ? form.getAttribute("data-too-big")
        .replace("{total}", String(Math.ceil(total / 1048576)))
        .replace("{max}", String(Math.floor(max / 1048576))) : "";
      return !tooBig;
    };
    input.addEventListener("change", check);
    form.addEventListener("submit", function (e) { if (!check()) { e.preventDefault(); } });
  }
})();
