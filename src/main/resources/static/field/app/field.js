// The arresting officer's field page: the device key, the form, and the outbox of signed
// captures that waits on this phone until the network returns. Plain ES module, no framework.

import { check, sign, keyId, base64 } from './capture.js';
import { getKey, putKey, allEntries, putEntry, deleteEntry } from './store.js';

const RETRY_MS = 15000;
const KEEP_SENT_MS = 7 * 24 * 3600 * 1000;

const $ = (id) => document.getElementById(id);
const lang = document.documentElement.lang || 'en';
const text = $('field-text').dataset;
const csrf = document.querySelector('meta[name="_csrf"]').content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
const user = $('field-app').dataset.user;

let position = null;
let sending = false;

/** A text with {0}, {1}… filled in. */
function t(key, ...args) {
  return (text[key] || key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A moment on this phone's clock: day, month, year and time, as the page's language writes it. */
function when(iso) {
  const d = new Date(iso);
  if (lang === 'en') {
    return d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  }
  // Kazakh and Russian write 02.12.2026 09:08:00 (not every phone's browser knows Kazakh's names).
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A length of time in hours, minutes and seconds, with the page's units. */
function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const parts = [
    [Math.floor(s / 3600), text.durH],
    [Math.floor((s % 3600) / 60), text.durMin],
    [s % 60, text.durS],
  ];
  const shown = parts.filter(([n], i) => n > 0 || (i === 2 && s === 0));
  return shown.map(([n, unit]) => `${n} ${unit}`).join(' ');
}

// ---- network state ----

function showNetwork() {
  const net = $('net');
  net.textContent = navigator.onLine ? t('online') : t('offline');
  net.className = 'net ' + (navigator.onLine ? 'on' : 'off');
}

// ---- the device key ----

async function deviceKey() {
  let key = await getKey();
  if (key) {
    return key;
  }
  if (!window.crypto || !crypto.subtle || !window.indexedDB) {
    throw new Error(t('keyUnsupported'));
  }
  showKey({ status: 'making' });
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  key = {
    privateKey: pair.privateKey,
    publicKey: base64(spki),
    deviceKeyId: await keyId(spki),
    status: 'new',
    enrolled: false,
    madeAt: new Date().toISOString(),
  };
  await putKey(key);
  return key;
}

function showKey(key, problem) {
  $('key-id').textContent = key.deviceKeyId || '—';
  const status = $('key-status');
  const shown = {
    making: t('keyMaking'),
    new: t('keyNotSent'),
    pending: t('keyPending'),
    active: t('keyActive'),
    revoked: t('keyRevoked'),
  }[key.status] || t('keyUnknown');
  status.textContent = problem ? `${shown} ${problem}` : shown;
  status.dataset.status = key.status;
  status.className = 'key-status status-' + key.status;
}

/** Sends the public key once (the same key again is answered with its status), then asks its status. */
async function enrol(key) {
  if (!navigator.onLine) {
    return key;
  }
  try {
    if (!key.enrolled) {
      const response = await fetch('/field/device-keys', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', [csrfHeader]: csrf, 'Accept-Language': lang },
        body: JSON.stringify({ publicKey: key.publicKey, label: label() }),
      });
      if (response.status !== 200 && response.status !== 201) {
        showKey(key, await problemText(response));
        return key;
      }
      const answer = await response.json();
      key.enrolled = true;
      key.enrolledBy = user;
      key.deviceKeyId = answer.deviceKeyId;
      key.status = answer.status;
      await putKey(key);
    } else {
      const response = await fetch('/field/device-keys/' + encodeURIComponent(key.deviceKeyId), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': lang },
      });
      if (response.ok) {
        const answer = await response.json();
        key.status = answer.status;
        await putKey(key);
      } else {
        showKey(key, await problemText(response));
        return key;
      }
    }
  } catch (e) {
    // No network after all: the key waits, as captures do.
  }
  showKey(key);
  return key;
}

function label() {
  const platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || 'phone';
  return `${user} · ${platform} · ${new Date().toISOString().slice(0, 10)}`;
}

async function problemText(response) {
  try {
    const p = await response.json();
    if (Array.isArray(p.errors) && p.errors.length) {
      return p.errors.map((e) => `${fieldName(e.field)}: ${e.message}`).join('; ');
    }
    return p.title || p.detail || String(response.status);
  } catch (e) {
    return String(response.status);
  }
}

// ---- the form ----

const FIELDS = {
  name: 'person-name',
  birthDate: 'person-birth',
  nationalId: 'person-iin',
  description: 'person-description',
  apprehendedAt: 'apprehended-at',
  address: 'place-address',
  grounds: 'grounds',
  unit: 'unit',
  toFacilityId: 'to-facility',
  officers: 'officers',
};

/** The visible name of a field, from its label (or a server field path such as person.name). */
function fieldName(field) {
  const short = String(field).replace(/^(person|place)\./, '').replace(/^officers(\[\d+\])?$/, 'officers');
  const alias = { latitude: 'use-position', longitude: 'use-position', accuracyMetres: 'use-position' }[short];
  const id = FIELDS[short] || alias;
  if (!id) {
    return field;
  }
  const element = $(id);
  const labelled = element.tagName === 'FIELDSET' ? element.querySelector('legend') : document.querySelector(`label[for="${id}"]`);
  return (labelled ? labelled.textContent : element.textContent).replace(/\*/g, '').trim();
}

function localNow() {
  const d = new Date();
  d.setSeconds(0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function values() {
  return {
    name: $('person-name').value,
    birthDate: $('person-birth').value,
    nationalId: $('person-iin').value,
    description: $('person-description').value,
    apprehendedAt: $('apprehended-at').value,
    address: $('place-address').value,
    grounds: $('grounds').value,
    unit: $('unit').value,
    toFacilityId: $('to-facility').value,
    officers: Array.from(document.querySelectorAll('#officer-list input')).map((i) => i.value),
    position,
  };
}

const MESSAGES = {
  required: 'required',
  'person-required': 'personRequired',
  'bad-date': 'badDate',
  future: 'future',
  'too-long': 'tooLong',
  'bad-chars': 'badChars',
  'officer-required': 'officerRequired',
  'too-many': 'tooMany',
};

function clearErrors() {
  document.querySelectorAll('#capture .field-error').forEach((e) => e.remove());
  document.querySelectorAll('#capture .has-error').forEach((e) => e.classList.remove('has-error'));
  document.querySelectorAll('#capture [aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  $('form-problem').hidden = true;
}

function showErrors(errors) {
  clearErrors();
  const named = [];
  let first = null;
  for (const [field, code] of Object.entries(errors)) {
    const element = $(FIELDS[field]);
    const name = fieldName(field);
    const message = t(MESSAGES[code] || 'required', name);
    named.push(message);
    const holder = element.tagName === 'FIELDSET' ? element : element.closest('.field');
    holder.classList.add('has-error');
    const p = document.createElement('p');
    p.className = 'field-error';
    p.id = 'error-' + field;
    p.textContent = message;
    if (element.tagName === 'FIELDSET') {
      element.querySelector('legend').after(p);
    } else {
      element.setAttribute('aria-invalid', 'true');
      element.setAttribute('aria-describedby', p.id);
      element.after(p);
    }
    first = first || element;
  }
  const problem = $('form-problem');
  problem.textContent = t('formInvalid') + ' ' + named.join(' ');
  problem.hidden = false;
  problem.scrollIntoView({ block: 'start' });
  if (first && first.focus) {
    first.focus({ preventScroll: true });
  }
}

async function save(event) {
  event.preventDefault();
  const now = new Date();
  const { errors, body } = check(values(), now);
  if (Object.keys(errors).length) {
    showErrors(errors);
    return;
  }
  clearErrors();
  let key;
  try {
    key = await deviceKey();
  } catch (e) {
    showProblem(e.message || t('noKey'));
    return;
  }
  if (key.status === 'revoked') {
    showProblem(t('keyRevoked'));
    return;
  }
  const capture = {
    captureId: crypto.randomUUID(),
    deviceKeyId: key.deviceKeyId,
    capturedAt: now.toISOString(),
    apprehendedAt: body.apprehendedAt,
    person: body.person,
    place: body.place,
    grounds: body.grounds,
    unit: body.unit,
    toFacilityId: body.toFacilityId,
    officers: body.officers,
  };
  await sign(capture, key.privateKey);
  await putEntry({ captureId: capture.captureId, body: capture, state: 'queued', savedBy: user });
  resetForm();
  const saved = $('form-saved');
  saved.textContent = t('saved', when(capture.capturedAt));
  saved.hidden = false;
  await render();
  $('outbox-title').scrollIntoView({ block: 'start' });
  flush();
}

function showProblem(message) {
  const problem = $('form-problem');
  problem.textContent = message;
  problem.hidden = false;
}

function resetForm() {
  const form = $('capture');
  for (const id of ['person-name', 'person-birth', 'person-iin', 'person-description', 'place-address', 'grounds']) {
    $(id).value = '';
  }
  $('apprehended-at').value = localNow();
  position = null;
  $('position').textContent = '';
  const officers = form.querySelectorAll('#officer-list input');
  officers.forEach((o, i) => {
    if (i > 0) {
      o.remove();
    }
  });
}

function usePosition() {
  const out = $('position');
  if (!navigator.geolocation) {
    out.textContent = t('positionNone');
    return;
  }
  out.textContent = t('positionGetting');
  navigator.geolocation.getCurrentPosition(
    (p) => {
      position = { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy };
      out.textContent = t('positionGot', p.coords.latitude.toFixed(6), p.coords.longitude.toFixed(6), Math.round(p.coords.accuracy));
      out.dataset.state = 'got';
    },
    (e) => {
      position = null;
      out.textContent = e.code === 1 ? t('positionRefused') : t('positionNone');
      out.dataset.state = 'none';
    },
    { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
  );
}

function addOfficer() {
  const list = $('officer-list');
  const input = list.querySelector('input').cloneNode();
  input.value = '';
  list.append(input);
  input.focus();
}

// ---- the outbox ----

async function render() {
  const list = $('outbox');
  const entries = await allEntries();
  list.replaceChildren();
  if (!entries.length) {
    const li = document.createElement('li');
    li.className = 'muted';
    li.textContent = t('empty');
    list.append(li);
    return;
  }
  for (const e of entries) {
    const b = e.body;
    const li = document.createElement('li');
    li.className = 'entry state-' + e.state;
    li.dataset.captureId = e.captureId;
    li.dataset.state = e.state;
    const who = document.createElement('strong');
    who.textContent = b.person.name || b.person.description || '—';
    const facility = document.createElement('span');
    facility.className = 'small muted';
    const option = document.querySelector(`#to-facility option[value="${CSS.escape(b.toFacilityId)}"]`);
    facility.textContent = ' → ' + (option ? option.textContent : b.toFacilityId);
    const times = document.createElement('p');
    times.className = 'small';
    times.textContent = t('apprehended', when(b.apprehendedAt)) + ' · ' + t('captured', when(b.capturedAt));
    const status = document.createElement('p');
    status.className = 'entry-status';
    if (e.state === 'sent') {
      status.textContent = t('sent', when(e.receivedAt), duration(e.gapSeconds));
    } else if (e.state === 'refused') {
      status.textContent = t('refused', e.error || '');
    } else {
      status.textContent = t('queued', when(b.capturedAt));
      if (e.error) {
        const why = document.createElement('span');
        why.className = 'small muted';
        why.textContent = ' ' + e.error;
        status.append(why);
      }
    }
    li.append(who, facility, times, status);
    list.append(li);
  }
}

/** Sends what waits in the outbox, oldest first; a failure of the network leaves it waiting. */
async function flush() {
  if (sending || !navigator.onLine) {
    return;
  }
  sending = true;
  try {
    let key = await getKey();
    if (key) {
      key = await enrol(key);
    }
    const waiting = (await allEntries()).filter((e) => e.state === 'queued').reverse();
    for (const entry of waiting) {
      if (!navigator.onLine) {
        break;
      }
      await send(entry, key);
      await render();
    }
    await forgetOld();
  } finally {
    sending = false;
  }
}

async function send(entry, key) {
  let response;
  try {
    response = await fetch('/api/v1/field-registrations', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang },
      body: JSON.stringify(entry.body),
    });
  } catch (e) {
    return; // no network: it stays queued
  }
  if (response.status === 201 || response.status === 200) {
    const answer = await response.json();
    entry.state = 'sent';
    entry.serverId = answer.id;
    entry.receivedAt = answer.receivedAt;
    entry.gapSeconds = answer.gapSeconds;
    entry.error = null;
  } else if (response.status === 403) {
    // The key: still waiting for approval (keep waiting) or revoked (refused for good).
    const why = await problemText(response);
    const status = key ? (await enrol(key)).status : 'unknown';
    if (status === 'pending' || status === 'new') {
      entry.error = why;
    } else {
      entry.state = 'refused';
      entry.error = status === 'revoked' ? t('refusedKey') + ' ' + why : why;
    }
  } else if (response.status === 400 || response.status === 409 || response.status === 422) {
    entry.state = 'refused';
    entry.error = response.status === 409 ? t('conflict') : await problemText(response);
  } else {
    entry.error = t('failed', response.status);
  }
  await putEntry(entry);
}

/** Sent captures leave the phone a week after the server received them. */
async function forgetOld() {
  const now = Date.now();
  for (const e of await allEntries()) {
    if (e.state === 'sent' && e.receivedAt && now - new Date(e.receivedAt).getTime() > KEEP_SENT_MS) {
      await deleteEntry(e.captureId);
    }
  }
}

// ---- start ----

async function start() {
  showNetwork();
  $('apprehended-at').value = localNow();
  $('capture').addEventListener('submit', save);
  $('use-position').addEventListener('click', usePosition);
  $('add-officer').addEventListener('click', addOfficer);
  $('send-now').addEventListener('click', flush);
  $('key-check').addEventListener('click', async () => showKey(await enrol(await deviceKey())));
  window.addEventListener('online', () => {
    showNetwork();
    flush();
  });
  window.addEventListener('offline', showNetwork);
  setInterval(flush, RETRY_MS);
  await render();
  try {
    const key = await deviceKey();
    showKey(key);
    await enrol(key);
  } catch (e) {
    showKey({ status: 'unknown' }, e.message);
  }
  flush();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/field/sw.js', { scope: '/field', type: 'classic' }).catch(() => {});
  }
  document.body.dataset.ready = 'true';
}

start();
