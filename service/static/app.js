// cbec-rag web page: ask a question, stream the answer, show each citation in its document.
// All server text is inserted as text (textContent / createTextNode), never as HTML.
"use strict";

(function () {
  const CONTEXT_CHARS = 240; // characters of document shown on each side of a cited quote
  const $ = (id) => document.getElementById(id);

  const form = $("ask-form");
  const questionBox = $("question");
  const submitButton = $("submit");
  const errorBox = $("error");

  let current = null; // {id, controller, question, citations}
  let requestId = 0;

  // ---------------------------------------------------------------- helpers
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function isChinese(text) {
    return /[\u3400-\u9fff\uf900-\ufaff]/.test(text || "");
  }

  function fmt(value, digits) {
    return value === null || value === undefined ? "–" : Number(value).toFixed(digits);
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    errorBox.textContent = "";
  }

  async function errorMessage(response) {
    let detail = "";
    try {
      const body = await response.json();
      detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    } catch (_) {
      detail = response.statusText || "";
    }
    return `服务器错误 Server error ${response.status}: ${detail}`;
  }

  // ---------------------------------------------------------------- status
  async function refreshStatus() {
    const status = $("status");
    try {
      const response = await fetch("/ready", { headers: { Accept: "application/json" } });
      const body = await response.json();
      if (response.ok) {
        status.textContent = `索引 index ${body.index_version} · ${body.documents} documents · ${body.chunks} chunks · ${body.embedder}`;
        status.classList.remove("bad");
      } else {
        status.textContent = `未就绪 Not ready: ${body.detail || response.status}`;
        status.classList.add("bad");
      }
    } catch (_) {
      status.textContent = "无法连接服务器 Cannot reach the server";
      status.classList.add("bad");
    }
  }

  // ---------------------------------------------------------------- rendering
  function renderPassages(passages) {
    const list = $("passages");
    clear(list);
    for (const p of passages || []) {
      const item = el("li");
      item.dataset.chunkId = p.chunk_id;
      const head = el("div", "passage-head");
      head.appendChild(el("strong", null, `#${p.rank} ${p.title || p.source}`));
      if (p.section) head.appendChild(document.createTextNode(` · ${p.section}`));
      head.appendChild(document.createTextNode(` · ${p.source} [${p.start}–${p.end}]`));
      item.appendChild(head);

      const scores = el("div", "scores");
      scores.appendChild(el("span", "score", `score ${fmt(p.score, 4)}`));
      const s = p.scores || {};
      const r = p.ranks || {};
      if ("bm25" in s) scores.appendChild(el("span", "score", `bm25 ${fmt(s.bm25, 3)} (rank ${r.bm25 ?? "–"})`));
      if ("dense" in s) scores.appendChild(el("span", "score", `dense ${fmt(s.dense, 3)} (rank ${r.dense ?? "–"})`));
      if (p.kind && p.kind !== "text") scores.appendChild(el("span", "score", p.kind));
      item.appendChild(scores);
      item.appendChild(el("div", "passage-text", p.text));
      list.appendChild(item);
    }
    $("passages-section").hidden = false;
  }

  // A quote in quotation marks, unless it already starts with one.
  const OPEN_QUOTES = "“‘「『\"'«《";
  function quoted(text) {
    return OPEN_QUOTES.includes(text.charAt(0)) ? text : `“${text}”`;
  }

  // The sentences of an answer, each with its markers (as render.answer_lines in Python): a break
  // after a marker group that ends a sentence ("…。[1]" or "…[1]。", not "…[1]，…") and at line breaks.
  const ENDS = "。．.!?！？；;…";
  const CLOSERS = "”’」』）)\"'";
  function answerLines(text) {
    const out = [];
    for (const line of text.split("\n")) {
      let start = 0;
      const marks = /(?:[ \t]*\[\d+\])+/g;
      let m;
      while ((m = marks.exec(line)) !== null) {
        let end = m.index + m[0].length;
        const before = line.slice(0, m.index).trimEnd();
        const last = before.slice(-1);
        const endsBefore = ENDS.includes(last) || (CLOSERS.includes(last) && ENDS.includes(before.slice(-2, -1)));
        if (last && !endsBefore) {
          while (end < line.length && ENDS.includes(line[end])) end += 1;
          if (end === m.index + m[0].length) continue; // the marker closes a clause, its sentence goes on
          while (end < line.length && CLOSERS.includes(line[end])) end += 1;
        }
        if (line.slice(end).trim()) {
          out.push(line.slice(start, end).trim());
          start = end;
        }
      }
      if (line.slice(start).trim()) out.push(line.slice(start).trim());
    }
    return out;
  }

  // One answer sentence into node, each [n] marker that has a citation turned into a button.
  function renderMarked(node, text, known) {
    const marker = /\[(\d+)\]/g;
    let last = 0;
    let match;
    while ((match = marker.exec(text)) !== null) {
      if (match.index > last) node.appendChild(document.createTextNode(text.slice(last, match.index)));
      const n = Number(match[1]);
      if (known.has(n)) {
        const button = el("button", "cite", `[${n}]`);
        button.type = "button";
        button.dataset.n = String(n);
        button.title = known.get(n).source;
        node.appendChild(button);
      } else {
        node.appendChild(document.createTextNode(match[0]));
      }
      last = marker.lastIndex;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
  }

  // The answer: one sentence as text, several as a list (each item with its markers).
  function renderAnswer(text, citations) {
    const box = $("answer");
    box.classList.remove("streaming");
    clear(box);
    const known = new Map((citations || []).map((c) => [c.n, c]));
    const lines = answerLines(text);
    if (lines.length > 1) {
      const list = el("ul", "answer-lines");
      for (const line of lines) {
        const item = el("li");
        renderMarked(item, line, known);
        list.appendChild(item);
      }
      box.appendChild(list);
    } else {
      renderMarked(box, lines.length ? lines[0] : text, known);
    }

    const list = $("citations");
    clear(list);
    for (const c of citations || []) {
      const item = el("li");
      const button = el("button", "cite", `[${c.n}]`);
      button.type = "button";
      button.dataset.n = String(c.n);
      item.appendChild(button);
      item.appendChild(document.createTextNode(` ${c.source} [${c.start}–${c.end}] `));
      const shown = c.display || c.quote.split(/\s+/).join(" ").trim();
      item.appendChild(el("span", "quote", quoted(shown)));
      list.appendChild(item);
    }
  }

  function renderDone(body, question) {
    current.citations = body.citations || [];
    renderAnswer(body.answer || "", current.citations);
    const refusal = $("refusal");
    if (body.refused) {
      refusal.textContent = isChinese(question)
        ? "文档中没有找到该问题的答案。下面列出检索到的段落，仅供参考。"
        : "The documents do not answer this question. The passages retrieved are listed below for reference.";
      refusal.hidden = false;
    } else {
      refusal.hidden = true;
    }
    const flags = $("flags");
    clear(flags);
    for (const f of body.flags || []) flags.appendChild(el("li", null, f));
    const t = body.timings_ms || {};
    const parts = [`generator ${body.generator}`];
    if (t.total !== undefined) parts.push(`${Math.round(t.total)} ms`);
    if (typeof body.confidence === "number" && Number.isFinite(body.confidence) && !body.refused) {
      // the bands of cbec_rag.render.confidence_band (measured on sealed outside sets: README "Use")
      const band = body.confidence < 0.35 ? "low" : body.confidence < 0.65 ? "medium" : "high";
      parts.push(`confidence ${fmt(body.confidence, 2)} (${band})`);
    } else if (body.confidence !== null && body.confidence !== undefined) {
      parts.push(`confidence ${fmt(body.confidence, 2)}`);
    }
    if (body.degraded) parts.push("degraded");
    $("timings").textContent = parts.join(" · ");
  }

  function resetResults() {
    hideError();
    clear($("answer"));
    clear($("citations"));
    clear($("flags"));
    clear($("passages"));
    clear($("context"));
    $("asked").textContent = "";
    $("timings").textContent = "";
    $("refusal").hidden = true;
    $("answer-section").hidden = true;
    $("passages-section").hidden = true;
    $("context-section").hidden = true;
  }

  // ---------------------------------------------------------------- citations in context
  async function showCitation(n) {
    if (!current || !current.citations) return;
    const c = current.citations.find((x) => x.n === n);
    if (!c) return;
    for (const b of document.querySelectorAll("button.cite")) {
      b.classList.toggle("active", b.dataset.n === String(n));
    }
    const from = Math.max(0, c.start - CONTEXT_CHARS);
    const to = c.end + CONTEXT_CHARS;
    const url = `/documents/${encodeURIComponent(c.doc_id)}?start=${from}&end=${to}`;
    let body;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        showError(await errorMessage(response));
        return;
      }
      body = await response.json();
    } catch (err) {
      showError(`网络错误 Network error: ${err && err.message ? err.message : err}`);
      return;
    }
    // Offsets are Unicode code points (Python); index by code point, not UTF-16 unit.
    const chars = Array.from(body.text);
    const a = Math.max(0, c.start - body.start);
    const b = Math.max(a, c.end - body.start);
    const before = chars.slice(0, a).join("");
    const quote = chars.slice(a, b).join("");
    const after = chars.slice(b).join("");

    const box = $("context");
    clear(box);
    if (body.start > 0) box.appendChild(document.createTextNode("… "));
    box.appendChild(document.createTextNode(before));
    const mark = el("mark", null, quote);
    mark.dataset.n = String(n);
    box.appendChild(mark);
    box.appendChild(document.createTextNode(after));
    if (body.end < body.chars) box.appendChild(document.createTextNode(" …"));
    $("context-source").textContent = `[${n}] ${body.title || ""} · ${body.source} [${c.start}–${c.end}]`
      + (quote === c.quote ? "" : " · (quote differs from the document text)");
    $("context-section").hidden = false;
    mark.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("button.cite") : null;
    if (target) showCitation(Number(target.dataset.n));
  });

  // ---------------------------------------------------------------- asking (server-sent events)
  function parseEvent(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (!data.length) return null;
    return { name, data: JSON.parse(data.join("\n")) };
  }

  async function ask(question) {
    if (current && current.controller) current.controller.abort();
    const id = ++requestId;
    const controller = new AbortController();
    current = { id, controller, question, citations: [] };
    resetResults();
    submitButton.disabled = true;

    const payload = {
      question,
      k: Number($("k").value),
      mode: $("mode").value,
      generator: $("generator").value,
      stream: true,
    };
    let finished = false;
    try {
      const response = await fetch("/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
      if (!response.ok) {
        showError(await errorMessage(response));
        return;
      }
      const answerBox = $("answer");
      $("asked").textContent = (isChinese(question) ? "问：" : "Q: ") + question;
      $("answer-section").hidden = false;
      answerBox.classList.add("streaming");

      const handle = (event) => {
        if (id !== requestId || !event) return;
        if (event.name === "passages") {
          renderPassages(event.data.passages);
        } else if (event.name === "delta") {
          answerBox.appendChild(document.createTextNode(event.data.text));
        } else if (event.name === "done") {
          finished = true;
          renderDone(event.data, question);
        } else if (event.name === "error") {
          finished = true;
          answerBox.classList.remove("streaming");
          showError(`服务器错误 Server error ${event.data.status}: ${event.data.detail}`);
        }
      };

      const reader = response.body.getReader();
      const decoder = new TextDecoder("utf-8");
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          handle(parseEvent(buffer.slice(0, cut)));
          buffer = buffer.slice(cut + 2);
        }
      }
      buffer += decoder.decode();
      if (buffer.trim()) handle(parseEvent(buffer));
      if (!finished && id === requestId) {
        answerBox.classList.remove("streaming");
        showError("回答不完整 The answer stream ended early");
      }
    } catch (err) {
      if (err && err.name === "AbortError") return;
      if (id === requestId) showError(`网络错误 Network error: ${err && err.message ? err.message : err}`);
    } finally {
      if (id === requestId) submitButton.disabled = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = questionBox.value.trim();
    if (!question) {
      showError("请输入问题 Please type a question");
      return;
    }
    ask(question);
  });

  questionBox.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  refreshStatus();
  questionBox.focus();
})();
