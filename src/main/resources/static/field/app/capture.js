// The signed capture of the field registration contract (habeas-field-registration/v1): the
// form's values checked and shaped into the request body, the exact message that is signed, and
// the device key's id. No DOM here.

export const DOMAIN = 'habeas-field-registration/v1';

const LIMITS = { name: 200, nationalId: 32, description: 2000, address: 500, grounds: 2000, unit: 200, officer: 200 };

/** A text field as sent: NFC, trimmed, null when empty. */
export function clean(value) {
  if (value == null) {
    return null;
  }
  const text = String(value).normalize('NFC').trim();
  return text === '' ? null : text;
}

/** True where the server would refuse the text: control characters other than \n \r \t, or a lone surrogate. */
function badChars(text) {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text) || !text.isWellFormed();
}

/**
 * Checks the form's values; returns {errors: {field: code}, body} where body lacks the ids,
 * capture time and signature. Codes: required, person-required, bad-date, future, too-long,
 * bad-chars, officer-required, too-many.
 */
export function check(values, now) {
  const errors = {};
  const text = {};
  for (const field of ['name', 'nationalId', 'description', 'address', 'grounds', 'unit']) {
    const v = clean(values[field]);
    text[field] = v;
    if (v != null && badChars(v)) {
      errors[field] = 'bad-chars';
    } else if (v != null && v.length > LIMITS[field]) {
      errors[field] = 'too-long';
    }
  }
  if (text.name == null && text.description == null) {
    errors.name = errors.name || 'person-required';
  }
  let birthDate = clean(values.birthDate);
  if (birthDate != null) {
    const d = new Date(birthDate + 'T00:00:00Z');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || isNaN(d) || d.getUTCFullYear() < 1900) {
      errors.birthDate = 'bad-date';
    } else if (d.getTime() > now.getTime()) {
      errors.birthDate = 'future';
    }
  }
  let apprehendedAt = null;
  const at = clean(values.apprehendedAt);
  if (at == null) {
    errors.apprehendedAt = 'required';
  } else {
    const d = new Date(at); // a datetime-local value: the phone's own time zone
    if (isNaN(d) || d.getFullYear() < 2000) {
      errors.apprehendedAt = 'bad-date';
    } else if (d.getTime() > now.getTime()) {
      errors.apprehendedAt = 'future';
    } else {
      apprehendedAt = d.toISOString();
    }
  }
  for (const field of ['grounds', 'unit']) {
    if (text[field] == null) {
      errors[field] = errors[field] || 'required';
    }
  }
  const toFacilityId = clean(values.toFacilityId);
  if (toFacilityId == null) {
    errors.toFacilityId = 'required';
  }
  const officers = [];
  for (const o of values.officers || []) {
    const v = clean(o);
    if (v == null) {
      continue;
    }
    if (badChars(v)) {
      errors.officers = 'bad-chars';
    } else if (v.length > LIMITS.officer) {
      errors.officers = 'too-long';
    }
    officers.push(v);
  }
  if (officers.length === 0) {
    errors.officers = 'officer-required';
  } else if (officers.length > 20) {
    errors.officers = 'too-many';
  }
  const position = values.position || null;
  const body = {
    apprehendedAt,
    person: { name: text.name, birthDate, nationalId: text.nationalId, description: text.description },
    place: {
      latitude: position ? Number(position.latitude.toFixed(6)) : null,
      longitude: position ? Number(position.longitude.toFixed(6)) : null,
      accuracyMetres: position && position.accuracy != null ? Math.round(position.accuracy) : null,
      address: text.address,
    },
    grounds: text.grounds,
    unit: text.unit,
    toFacilityId,
    officers,
  };
  return { errors, body };
}

/** The exact text that is signed, per the contract: a JSON array of strings and nulls. */
export function message(b) {
  const p = b.person;
  const pl = b.place;
  return JSON.stringify([
    DOMAIN,
    b.captureId,
    b.deviceKeyId,
    b.capturedAt,
    b.apprehendedAt,
    p.name,
    p.birthDate,
    p.nationalId,
    p.description,
    pl.latitude == null ? null : pl.latitude.toFixed(6),
    pl.longitude == null ? null : pl.longitude.toFixed(6),
    pl.accuracyMetres == null ? null : String(pl.accuracyMetres),
    pl.address,
    b.grounds,
    b.unit,
    b.toFacilityId,
    b.officers,
  ]);
}

/** Signs the body in place: a 64-byte r||s ECDSA P-256 SHA-256 signature, base64. */
export async function sign(body, privateKey) {
  const bytes = new TextEncoder().encode(message(body));
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, bytes);
  body.signature = base64(signature);
  return body;
}

export function base64(buffer) {
  let s = '';
  for (const b of new Uint8Array(buffer)) {
    s += String.fromCharCode(b);
  }
  return btoa(s);
}

/** The key's id: the first 8 bytes of SHA-256 of its SPKI DER, as 16 lowercase hex digits. */
export async function keyId(spki) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
