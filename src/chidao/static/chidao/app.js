// Chidao: drag-and-drop upload with progress, parse-status polling, text/task cross-highlighting. No libraries.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (form) {
    var input = document.getElementById("files"), list = document.getElementById("upload-list");
    var send = function (files) {
      Array.prototype.forEach.call(files, function (file) {
        var li = document.createElement("li"), bar = document.createElement("progress"), label = document.createElement("span");
        bar.max = 100; bar.value = 0; label.textContent = file.name; li.appendChild(label); li.appendChild(bar); list.appendChild(li);
        var data = new FormData(form); data.delete("files"); data.append("files", file);
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.action + "?format=json");
        xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
        xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = 100 * e.loaded / e.total; };
        xhr.onload = function () {
          bar.value = 100;
          var r = (JSON.parse(xhr.responseText || "{}").results || [{}])[0];
          var status = document.createElement("span");
          if (r.error) { status.textContent = "Lỗi: " + r.error; }
          else {
            var a = document.createElement("a"); a.href = r.url;
            a.textContent = r.duplicate ? "đã có trong sổ — mở" : "đã vào sổ, đang đọc — mở";
            status.appendChild(a);
          }
          li.appendChild(status);
        };
        xhr.onerror = function () { label.textContent = file.name + " — lỗi kết nối"; };
        xhr.send(data);
      });
    };
    form.addEventListener("submit", function (e) { if (input.files.length) { e.preventDefault(); send(input.files); input.value = ""; } });
    input.addEventListener("change", function () { if (input.files.length) { send(input.files); input.value = ""; } });
    ["dragenter", "dragover"].forEach(function (n) { form.addEventListener(n, function (e) { e.preventDefault(); form.classList.add("over"); }); });
    ["dragleave", "drop"].forEach(function (n) { form.addEventListener(n, function (e) { e.preventDefault(); form.classList.remove("over"); }); });
    form.addEventListener("drop", function (e) { send(e.dataTransfer.files); });
  }
  var state = document.getElementById("doc-state");
  if (state && state.dataset.state === "queued") {
    var poll = function () {
      fetch(state.dataset.statusUrl, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (s) {
        if (s.state !== "queued") { window.location.reload(); } else { setTimeout(poll, 1500); }
      }).catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 1000);
  }
  document.querySelectorAll("mark.hl[data-ref]").forEach(function (m) {
    m.addEventListener("click", function () {
      var target = document.getElementById(m.dataset.ref);
      if (target) { target.scrollIntoView({ behavior: "smooth", block: "center" }); var f = target.querySelector("textarea"); if (f) f.focus(); }
    });
  });
  document.querySelectorAll("fieldset.proposal[id]").forEach(function (fs) {
    var marks = document.querySelectorAll('mark.hl[data-ref="' + fs.id + '"]');
    fs.addEventListener("focusin", function () { marks.forEach(function (m) { m.classList.add("active"); }); if (marks[0]) marks[0].scrollIntoView({ block: "nearest" }); });
    fs.addEventListener("focusout", function () { marks.forEach(function (m) { m.classList.remove("active"); }); });
  });
})();
