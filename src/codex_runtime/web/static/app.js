// codex-runtime web page: plain JS, no build step. Talks to /api with the bearer token, follows a session's
// Server-Sent Events over fetch (EventSource cannot send an Authorization header) and resumes with Last-Event-ID.
// Everything the server sends is rendered with textContent, never as HTML.
"use strict";

const TOKEN_KEY = "codex-runtime-token";
// A sign-in URL (`serve` prints one) carries the token in the fragment, which is never sent to the server: move it
// into this tab's sessionStorage and strip it from the address bar, so it stays out of the history and bookmarks.
function tokenFromUrl() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const token = params.get("token");
  if (!token) return null;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  sessionStorage.setItem(TOKEN_KEY, token);
  return token;
}

const state = {
  token: tokenFromUrl() || sessionStorage.getItem(TOKEN_KEY) || "",
  current: null,
  lastEventId: 0,
  controller: null,
  activeTurn: null,
  sessionState: null,
  sessions: new Map(),
  pendingByTurn: new Map(),
};

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function setStatus(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${state.token}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text };
  }
  if (!response.ok) {
    const detail = data && data.detail;
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail) || response.statusText);
  }
  return data;
}

// --- sessions ------------------------------------------------------------------------------------------------

// Session directories are relative to the server's workspace root ("." is the root itself).
function shortPath(path) {
  if (!path || path === ".") return "workspace root";
  const parts = String(path).split("/").filter(Boolean);
  return parts.length > 2 ? `…/${parts.slice(-2).join("/")}` : path || "";
}

function knownPrompt(sessionId) {
  const session = state.sessions.get(sessionId || state.current);
  return Boolean(session && session.first_prompt);
}

function sessionName(session) {
  return { where: shortPath(session.cwd), what: session.first_prompt || "no prompt yet" };
}

async function refreshSessions() {
  const list = $("sessions");
  const data = await api("GET", "/api/sessions");
  list.replaceChildren();
  state.sessions = new Map(data.sessions.map((session) => [session.session_id, session]));
  for (const session of data.sessions) {
    const item = el("li");
    const name = sessionName(session);
    const button = el("button", session.session_id === state.current ? "selected" : "");
    const meta = `${session.state} · approvals: ${session.approval_policy}`;
    button.append(el("span", "what", name.what), el("span", "where", name.where), el("span", "meta", meta));
    button.title = `${session.cwd}\n${name.what}`;
    button.setAttribute("aria-label", `${name.what}, in ${session.cwd}, ${meta}`);
    if (session.session_id === state.current) button.setAttribute("aria-current", "true");
    button.type = "button";
    button.dataset.session = session.session_id;
    button.addEventListener("click", () => selectSession(session.session_id));
    item.append(button);
    list.append(item);
  }
}

async function useToken(event) {
  event.preventDefault();
  state.token = $("token").value.trim();
  sessionStorage.setItem(TOKEN_KEY, state.token);
  try {
    await refreshSessions();
    $("new-session").disabled = false;
    showEmpty(true);
    setStatus("Token accepted. Create or pick a session.");
  } catch (error) {
    $("new-session").disabled = true;
    showEmpty(false);
    setStatus(`Token refused: ${error.message}`, true);
  }
}

async function createSession(event) {
  event.preventDefault();
  try {
    const session = await api("POST", "/api/sessions", { approval_policy: $("approval-policy").value });
    state.sessions.set(session.session_id, session);
    await selectSession(session.session_id);
    await refreshSessions();
    setStatus(`Session ${session.session_id} started (${session.approval_policy}).`);
  } catch (error) {
    setStatus(`Could not create a session: ${error.message}`, true);
  }
}

async function selectSession(sessionId) {
  if (state.controller) state.controller.abort();
  state.current = sessionId;
  state.lastEventId = 0;
  state.activeTurn = null;
  state.pendingByTurn = new Map();
  $("transcript").replaceChildren(el("p", "empty", "No turns yet: type a prompt below."));
  const known = state.sessions.get(sessionId);
  $("session-title").textContent = known ? `Session in ${shortPath(known.cwd)}` : `Session ${sessionId}`;
  $("session-title").title = sessionId;
  for (const button of document.querySelectorAll("#sessions button")) {
    const selected = button.dataset.session === sessionId;
    button.classList.toggle("selected", selected);
    if (selected) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
  setSessionState("open");
  follow(sessionId);
}

function setSessionState(value) {
  state.sessionState = value;
  const badge = $("session-state");
  badge.textContent = value || "";
  badge.className = `badge ${value || ""}`;
  updateControls();
}

function updateControls() {
  const open = state.current !== null && state.sessionState === "open";
  $("prompt").disabled = !open;
  $("send").disabled = !open || state.activeTurn !== null;
  $("interrupt").disabled = !open || state.activeTurn === null;
  $("close-session").disabled = !open;
}

async function closeSession() {
  if (!state.current) return;
  try {
    await api("POST", `/api/sessions/${encodeURIComponent(state.current)}/close`);
    setStatus("Session closed.");
  } catch (error) {
    setStatus(`Close failed: ${error.message}`, true);
  }
  await refreshSessions().catch(() => {});
}

// --- turns ---------------------------------------------------------------------------------------------------

async function sendPrompt(event) {
  event.preventDefault();
  const prompt = $("prompt").value;
  if (!prompt.trim() || !state.current) return;
  $("send").disabled = true;
  try {
    const started = await api("POST", `/api/sessions/${encodeURIComponent(state.current)}/turns`, { prompt });
    turnBlock(started.turn_id, prompt);
    state.activeTurn = started.turn_id;
    $("prompt").value = "";
    setStatus("Turn running…");
    refreshSessions().catch(() => {});
  } catch (error) {
    setStatus(`Could not start the turn: ${error.message}`, true);
  }
  updateControls();
}

async function interruptTurn() {
  if (!state.current || !state.activeTurn) return;
  try {
    await api("POST", `/api/sessions/${encodeURIComponent(state.current)}/turns/${encodeURIComponent(state.activeTurn)}/interrupt`);
    setStatus("Interrupt requested.");
  } catch (error) {
    setStatus(`Interrupt failed: ${error.message}`, true);
  }
}

function turnBlock(turnId, prompt) {
  const transcript = $("transcript");
  let block = transcript.querySelector(`.turn[data-turn="${CSS.escape(turnId)}"]`);
  if (!block) {
    block = el("article", "turn");
    block.dataset.turn = turnId;
    const head = el("div", "turn-head");
    head.append(el("span", "prompt", prompt || ""), el("span", "badge running", "running"));
    transcript.querySelector(".empty")?.remove();
    block.append(head);
    transcript.append(block);
  }
  return block;
}

function child(block, selector, make) {
  let node = block.querySelector(selector);
  if (!node) {
    node = make();
    block.append(node);
  }
  return node;
}

function answerFor(block, itemId) {
  return child(block, `.answer[data-item="${CSS.escape(itemId)}"]`, () => {
    const node = el("div", "answer");
    node.dataset.item = itemId;
    return node;
  });
}

function commandFor(block, itemId) {
  return child(block, `.command[data-item="${CSS.escape(itemId)}"]`, () => {
    const node = el("div", "command");
    node.dataset.item = itemId;
    const head = el("div", "command-head");
    head.append(el("code", "command-line"), el("span", "badge running", "running"));
    node.append(head, el("pre", "output"));
    return node;
  });
}

function renderItem(block, item, completed) {
  if (!item || typeof item !== "object") return;
  if (item.type === "agentMessage") {
    const answer = answerFor(block, item.id);
    if (completed && typeof item.text === "string") answer.textContent = item.text;
  } else if (item.type === "commandExecution") {
    const node = commandFor(block, item.id);
    node.querySelector(".command-line").textContent = `$ ${item.command || ""}`;
    if (completed) {
      if (typeof item.aggregatedOutput === "string") node.querySelector(".output").textContent = item.aggregatedOutput;
      const badge = node.querySelector(".badge");
      const exit = item.exitCode === undefined || item.exitCode === null ? "" : ` (exit ${item.exitCode})`;
      const declined = item.status === "declined";
      badge.textContent = declined ? "declined: not run" : `${item.status || "done"}${exit}`;
      badge.className = `badge ${item.status || ""}`;
      node.classList.toggle("declined", declined);
    }
  } else if (item.type === "fileChange") {
    const node = child(block, `.file-change[data-item="${CSS.escape(item.id)}"]`, () => {
      const created = el("div", "file-change");
      created.dataset.item = item.id;
      return created;
    });
    node.replaceChildren(el("strong", "", `File changes${item.status ? ` (${item.status})` : ""}`));
    const list = el("ul");
    for (const change of item.changes || []) {
      const kind = change.kind && typeof change.kind === "object" ? change.kind.type : change.kind;
      list.append(el("li", "", `${kind || "change"}: ${change.path}`));
    }
    node.append(list);
  }
}

function showTurnStatus(turnId) {
  const block = turnBlock(turnId);
  const badge = block.querySelector(".turn-head .badge");
  if (!badge.classList.contains("running") && !badge.classList.contains("awaiting")) return;
  const waiting = (state.pendingByTurn.get(turnId) || 0) > 0;
  badge.textContent = waiting ? "awaiting approval" : "running";
  badge.className = `badge ${waiting ? "awaiting" : "running"}`;
  block.classList.toggle("awaiting", waiting);
}

function finishTurn(turnId, status, data) {
  state.pendingByTurn.delete(turnId);
  const block = turnBlock(turnId);
  block.classList.remove("awaiting");
  const badge = block.querySelector(".turn-head .badge");
  badge.textContent = status;
  badge.className = `badge ${status}`;
  if (status !== "completed" && data && data.message) block.append(el("div", "note error", data.message));
  if (status === "completed" && data && data.assistant_text && !block.querySelector(".answer")) {
    answerFor(block, "final").textContent = data.assistant_text;
  }
  if (state.activeTurn === turnId) state.activeTurn = null;
  updateControls();
}

// --- approvals -----------------------------------------------------------------------------------------------

function approvalCard(approval) {
  const block = approval.turn_id ? turnBlock(approval.turn_id) : $("transcript");
  let card = document.querySelector(`.approval[data-approval="${CSS.escape(approval.approval_id)}"]`);
  if (!card) {
    card = el("div", "approval");
    card.dataset.approval = approval.approval_id;
    const title = approval.kind === "command" ? "Run this command?" : `Approve this ${approval.kind.replace("_", " ")}?`;
    card.append(el("strong", "", title));
    if (approval.command) card.append(el("code", "", approval.command));
    if (approval.reason) card.append(el("span", "note", approval.reason));
    const buttons = el("div", "buttons");
    const approve = el("button", "approve", "Approve");
    const decline = el("button", "decline secondary", "Decline");
    approve.type = decline.type = "button";
    approve.addEventListener("click", () => answerApproval(approval.approval_id, "accept", card));
    decline.addEventListener("click", () => answerApproval(approval.approval_id, "decline", card));
    buttons.append(approve, decline, el("span", "badge pending", "awaiting your answer"));
    card.append(buttons);
    block.append(card);
  }
  updateApproval(approval);
}

// What a settled approval looks like: a decline (by you, by the deadline, or refused) is shown as a refusal.
function approvalLook(approval) {
  const decision = approval.decision || "";
  if (approval.status === "pending") return { label: "awaiting your answer", tone: "pending" };
  if (approval.status === "expired") return { label: "expired: declined", tone: "expired" };
  if (approval.status === "refused") return { label: "refused", tone: "refused" };
  if (decision === "decline" || decision === "cancel" || approval.status === "declined") {
    return { label: decision === "cancel" ? "cancelled: not run" : "declined: not run", tone: "declined" };
  }
  if (decision === "accept_for_session") return { label: "approved for this session", tone: "answered" };
  if (decision === "accept") return { label: "approved", tone: "answered" };
  return { label: decision ? `${approval.status}: ${decision}` : approval.status, tone: approval.status };
}

function updateApproval(approval) {
  const card = document.querySelector(`.approval[data-approval="${CSS.escape(approval.approval_id)}"]`);
  if (!card) return;
  const wasPending = card.dataset.status === "pending";
  const isPending = approval.status === "pending";
  card.dataset.status = approval.status;
  const look = approvalLook(approval);
  const badge = card.querySelector(".badge");
  badge.textContent = look.label;
  badge.className = `badge ${look.tone}`;
  card.className = `approval ${look.tone}`;
  if (!isPending) {
    for (const button of card.querySelectorAll("button")) button.remove();
  }
  const commandBadge = approval.item_id
    ? document.querySelector(`.command[data-item="${CSS.escape(approval.item_id)}"] .badge`)
    : null;
  if (commandBadge && isPending) {
    commandBadge.textContent = "awaiting approval";
    commandBadge.className = "badge awaiting";
  } else if (commandBadge && commandBadge.classList.contains("awaiting")) {
    commandBadge.textContent = "running";
    commandBadge.className = "badge running";
  }
  if (approval.turn_id && wasPending !== isPending) {
    const count = (state.pendingByTurn.get(approval.turn_id) || 0) + (isPending ? 1 : -1);
    state.pendingByTurn.set(approval.turn_id, Math.max(0, count));
    showTurnStatus(approval.turn_id);
  }
}

async function answerApproval(approvalId, decision, card) {
  for (const button of card.querySelectorAll("button")) button.disabled = true;
  try {
    const approval = await api(
      "POST",
      `/api/sessions/${encodeURIComponent(state.current)}/approvals/${encodeURIComponent(approvalId)}`,
      { decision },
    );
    updateApproval(approval);
    setStatus(decision === "accept" ? "Approved." : "Declined: the command will not run.");
  } catch (error) {
    card.append(el("span", "note error", error.message));
    setStatus(`Answer refused: ${error.message}`, true);
  }
}

// --- the event stream ----------------------------------------------------------------------------------------

function parseFrame(frame) {
  const parsed = { id: null, event: "message", data: "" };
  for (const line of frame.split("\n")) {
    if (!line || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "id") parsed.id = value;
    else if (field === "event") parsed.event = value;
    else if (field === "data") parsed.data += parsed.data ? `\n${value}` : value;
  }
  return parsed.data ? parsed : null;
}

function handleEvent(kind, envelope) {
  const data = envelope.data || {};
  const turnId = envelope.turn_id;
  switch (kind) {
    case "turn_started":
      turnBlock(turnId, data.prompt);
      state.activeTurn = turnId;
      updateControls();
      if (!knownPrompt(envelope.session_id)) refreshSessions().catch(() => {});
      break;
    case "agent_message_delta":
      answerFor(turnBlock(turnId), data.item_id).textContent += data.delta;
      break;
    case "command_output_delta":
      commandFor(turnBlock(turnId), data.item_id).querySelector(".output").textContent += data.delta;
      break;
    case "item_started":
    case "item_completed":
      renderItem(turnBlock(turnId), data.item, kind === "item_completed");
      break;
    case "approval_requested":
    case "approval_refused":
    case "approval_restored":
      approvalCard(data.approval);
      break;
    case "approval_resolved":
      updateApproval(data.approval);
      break;
    case "turn_steered":
      turnBlock(turnId).append(el("div", "note", `steered: ${data.prompt}`));
      break;
    case "turn_completed":
    case "turn_failed":
    case "turn_interrupted": {
      const status = kind.slice("turn_".length); // the event names the turn's final status
      finishTurn(turnId, status, data);
      if (status === "failed") setStatus(`Turn failed: ${data.message || ""}`, true);
      else setStatus(`Turn ${status}.`);
      break;
    }
    case "session_closing":
      setSessionState("closing");
      break;
    case "session_close_failed":
      setSessionState("open");
      setStatus(`Close failed: ${data.message || ""}`, true);
      break;
    case "session_closed":
      setSessionState("closed");
      break;
    case "replay_gap":
      $("transcript").append(el("div", "note", "Some older events were dropped from the server's buffer."));
      break;
    default:
      break;
  }
}

async function readEvents(body, sessionId) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let closed = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return closed;
    buffer += value.replace(/\r\n?/g, "\n");
    let index = buffer.indexOf("\n\n");
    while (index >= 0) {
      const frame = parseFrame(buffer.slice(0, index));
      buffer = buffer.slice(index + 2);
      if (frame) {
        if (state.current !== sessionId) return true;
        if (frame.id) state.lastEventId = Number(frame.id);
        handleEvent(frame.event, JSON.parse(frame.data));
        if (frame.event === "session_closed") closed = true;
      }
      index = buffer.indexOf("\n\n");
    }
  }
}

async function follow(sessionId) {
  const controller = new AbortController();
  state.controller = controller;
  let delay = 500;
  while (state.current === sessionId && !controller.signal.aborted) {
    try {
      const headers = { Authorization: `Bearer ${state.token}`, Accept: "text/event-stream" };
      if (state.lastEventId) headers["Last-Event-ID"] = String(state.lastEventId);
      const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/events`, {
        headers,
        signal: controller.signal,
      });
      if (response.status === 401 || response.status === 404) {
        setStatus(`Event stream refused (${response.status}).`, true);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      delay = 500;
      if (await readEvents(response.body, sessionId)) return;
    } catch (error) {
      if (controller.signal.aborted) return;
      setStatus(`Event stream lost (${error.message}); reconnecting…`, true);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 8000);
  }
}

const EMPTY_SIGNED_OUT = "Sign in with your token, then create a session or pick one to see its turns here.";
const EMPTY_SIGNED_IN = "Create a session or pick one to see its turns here.";

function showEmpty(signedIn = false) {
  // The hint says what to do next: before the token is accepted, sign in; after, pick or create a session.
  const transcript = $("transcript");
  const text = signedIn ? EMPTY_SIGNED_IN : EMPTY_SIGNED_OUT;
  const empty = transcript.querySelector(".empty");
  if (transcript.children.length === 0) transcript.append(el("p", "empty", text));
  else if (empty && !state.current) empty.textContent = text;
}

// --- wiring --------------------------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("token").value = state.token;
  showEmpty();
  $("token-form").addEventListener("submit", useToken);
  $("new-session-form").addEventListener("submit", createSession);
  $("composer").addEventListener("submit", sendPrompt);
  $("interrupt").addEventListener("click", interruptTurn);
  $("close-session").addEventListener("click", closeSession);
  $("prompt").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("composer").requestSubmit();
  });
  if (state.token) $("token-form").requestSubmit();
});
