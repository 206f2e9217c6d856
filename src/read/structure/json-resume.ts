import { BoussoleError } from '../../errors.js';
import type { CvCertification, CvContact, CvDate, CvDocument, CvEducation, CvExperience, CvLanguage, CvSection, SectionKind } from '../schema.js';
import type { RawDocument, RawLine } from '../raw.js';
import { urlKind } from './contact.js';
import { rangeMonths } from './dates.js';
import { buildDocument } from './document.js';
import { type JsonResume, JsonResumeSchema } from './json-resume-schema.js';
import { detectLanguage } from './language.js';
import { cefrLevel, languageCode } from './languages.js';
import { qualificationLevel } from './levels.js';
import { makeRedactor } from './redact.js';

type Lang = 'fr' | 'en';

const HEADINGS: Record<Lang, Record<string, string>> = {
  fr: {
    profile: 'Profil', work: 'Expériences professionnelles', volunteer: 'Bénévolat', skills: 'Compétences', education: 'Formation',
    certificates: 'Certifications', awards: 'Distinctions', publications: 'Publications', projects: 'Projets', languages: 'Langues',
    interests: "Centres d'intérêt",
  },
  en: {
    profile: 'Summary', work: 'Experience', volunteer: 'Volunteering', skills: 'Skills', education: 'Education',
    certificates: 'Certifications', awards: 'Awards', publications: 'Publications', projects: 'Projects', languages: 'Languages',
    interests: 'Interests',
  },
};
const KINDS: Record<string, SectionKind> = {
  profile: 'profile', work: 'experience', volunteer: 'other', skills: 'skills', education: 'education', certificates: 'certifications',
  awards: 'other', publications: 'other', projects: 'projects', languages: 'languages', interests: 'interests',
};
const MONTHS: Record<Lang, string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * Validates `json` against the JSON Resume schema.
 * @throws BoussoleError INVALID_JSON_RESUME naming the first failing path ("work.0.startDate: expected an ISO 8601 date…").
 */
export function parseJsonResume(json: unknown): JsonResume {
  const r = JsonResumeSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  throw new BoussoleError('INVALID_JSON_RESUME', { reason: `${path}: ${issue?.message ?? 'invalid'}` });
}

/** "2021-03" → { year: 2021, month: 3 }; years outside 1900..2100 and months outside 1..12 are dropped. */
export function isoDate(s: string | undefined): CvDate | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(s ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return undefined;
  const month = Number(m[2] ?? 0);
  return month >= 1 && month <= 12 ? { year, month } : { year };
}

const oneLine = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const joinParts = (parts: Array<string | undefined>, sep: string): string => parts.map(oneLine).filter((p) => p !== '').join(sep);

function diplomaName(studyType: string | undefined, area: string | undefined, lang: Lang): string {
  const type = oneLine(studyType);
  const field = oneLine(area);
  if (type === '' || field === '') return type || field;
  if (lang === 'fr') return `${type} ${field}`;
  const m = /^(.*?)\s*(\([^()]*\))$/.exec(type);
  return m ? `${m[1]} in ${field} ${m[2]}` : `${type} in ${field}`;
}

/** Collects lines and remembers which ones belong to which item. */
class Lines {
  readonly raw: RawLine[] = [];
  readonly sections: Array<{ kind: SectionKind; heading: string; from: number; to: number }> = [];
  push(text: string | undefined, marks: Omit<RawLine, 'text'> = {}): void {
    const t = oneLine(text);
    if (t !== '') this.raw.push({ ...marks, text: t });
  }
  paragraphs(text: string | undefined): void {
    for (const p of (text ?? '').split(/\n+/)) this.push(p);
  }
  section(key: string, lang: Lang, body: () => void): void {
    const heading = HEADINGS[lang][key] as string;
    const from = this.raw.length;
    this.push(heading, { heading: true, breakBefore: true });
    body();
    if (this.raw.length === from + 1) this.raw.pop();
    else this.sections.push({ kind: KINDS[key] as SectionKind, heading, from, to: this.raw.length });
  }
  /** Runs `body` and returns the range of lines it added. */
  item(body: () => void): { from: number; to: number } {
    const from = this.raw.length;
    body();
    return { from, to: this.raw.length };
  }
}

function contentLanguage(r: JsonResume): Lang {
  const parts: Array<string | undefined> = [r.basics?.label, r.basics?.summary];
  for (const w of r.work ?? []) parts.push(w.position, w.summary, w.description, ...(w.highlights ?? []));
  for (const e of r.education ?? []) parts.push(e.studyType, e.area);
  for (const p of r.projects ?? []) parts.push(p.description, ...(p.highlights ?? []));
  for (const i of r.interests ?? []) parts.push(i.name);
  return detectLanguage(parts.filter((p) => p !== undefined).join('\n'));
}

function contactOf(r: JsonResume): CvContact {
  const b = r.basics ?? {};
  const contact: CvContact = { emails: [], phones: [], urls: [] };
  if (b.name) contact.name = oneLine(b.name);
  if (b.email) contact.emails.push(oneLine(b.email));
  if (b.phone) contact.phones.push(oneLine(b.phone));
  for (const url of [b.url, ...(b.profiles ?? []).map((p) => p.url)]) {
    const u = oneLine(url);
    if (u !== '' && !contact.urls.some((x) => x.url === u)) contact.urls.push({ kind: urlKind(u), url: u });
  }
  return contact;
}

/**
 * Maps a JSON Resume document to a CvDocument. The text is written from the JSON (name, title, contact,
 * then sections with headings in the detected language: summary, experience, volunteering, education,
 * certifications, awards, publications, skills, projects, languages, interests; references are left out),
 * so sections and item spans point into a real text. Experiences, education, certifications and
 * languages come from the JSON fields, not from re-parsing that text. A job without `endDate` is current.
 * English diplomas read "MEng in Computer Science (Diplôme d'ingénieur)", French ones "Master Informatique".
 * @throws BoussoleError INVALID_JSON_RESUME when `raw.json` does not follow the schema.
 */
export function structureJsonResume(raw: RawDocument, options: { redact: boolean; referenceDate: Date }): CvDocument {
  const r = parseJsonResume(raw.json);
  const lang = contentLanguage(r);
  const contact = contactOf(r);
  const red = options.redact ? makeRedactor(contact, lang) : (s: string): string => s;
  const b = r.basics ?? {};
  const L = new Lines();
  const present = lang === 'fr' ? "aujourd'hui" : 'present';
  const fmt = (d: CvDate | undefined): string => (d ? (d.month ? `${MONTHS[lang][d.month - 1] as string} ${d.year}` : `${d.year}`) : '');
  const range = (s?: string, e?: string, current = false): string => {
    const start = fmt(isoDate(s));
    const end = fmt(isoDate(e)) || (current ? present : '');
    return start && end && start !== end ? `${start} – ${end}` : start || end;
  };

  L.push(b.name);
  L.push(b.label);
  L.push(joinParts([b.email, b.phone, b.url, joinParts([b.location?.city, b.location?.region, b.location?.countryCode], ', ')], ' · '));
  for (const p of b.profiles ?? []) L.push(p.url ?? joinParts([p.network, p.username], ': '));

  L.section('profile', lang, () => L.paragraphs(b.summary));
  const jobs: Array<{ range: { from: number; to: number }; exp: Omit<CvExperience, 'span'> }> = [];
  L.section('work', lang, () => {
    for (const w of r.work ?? []) {
      const start = isoDate(w.startDate);
      const end = isoDate(w.endDate);
      const current = start !== undefined && end === undefined;
      const description = [...(w.summary ?? '').split(/\n+/), ...(w.highlights ?? [])].map(oneLine).filter((d) => d !== '');
      const exp: Omit<CvExperience, 'span'> = { title: oneLine(w.position), current, description };
      if (w.name) exp.employer = oneLine(w.name);
      if (w.location) exp.location = oneLine(w.location);
      if (start) exp.start = start;
      if (end) exp.end = end;
      const months = rangeMonths({ start, end, current }, options.referenceDate);
      if (months !== undefined) exp.months = months;
      const lines = L.item(() => {
        L.push(joinParts([w.position, joinParts([w.name, w.location], ', ')], ' — '), { breakBefore: true });
        L.push(range(w.startDate, w.endDate, current));
        L.paragraphs(w.description);
        L.paragraphs(w.summary);
        for (const h of w.highlights ?? []) L.push(h, { listItem: true });
      });
      if (lines.to > lines.from) jobs.push({ range: lines, exp });
    }
  });
  L.section('volunteer', lang, () => {
    for (const v of r.volunteer ?? []) {
      L.push(joinParts([v.position, v.organization], ' — '), { breakBefore: true });
      L.push(range(v.startDate, v.endDate, isoDate(v.endDate) === undefined && isoDate(v.startDate) !== undefined));
      L.paragraphs(v.summary);
      for (const h of v.highlights ?? []) L.push(h, { listItem: true });
    }
  });
  L.section('skills', lang, () => {
    for (const s of r.skills ?? []) {
      const head = joinParts([s.name, s.level ? `(${s.level})` : undefined], ' ');
      L.push(s.keywords && s.keywords.length > 0 ? `${head ? `${head} : ` : ''}${s.keywords.map(oneLine).join(', ')}` : head, { listItem: true });
    }
  });
  const schools: Array<{ range: { from: number; to: number }; edu: Omit<CvEducation, 'start' | 'end'> }> = [];
  L.section('education', lang, () => {
    for (const e of r.education ?? []) {
      const diploma = diplomaName(e.studyType, e.area, lang);
      const edu: Omit<CvEducation, 'start' | 'end'> = { diploma };
      if (e.institution) edu.institution = oneLine(e.institution);
      const year = isoDate(e.endDate)?.year;
      if (year !== undefined) edu.year = year;
      const level = qualificationLevel(diploma);
      if (level !== undefined) edu.level = level;
      const lines = L.item(() => {
        L.push(joinParts([diploma, e.institution], ' — '), { breakBefore: true });
        L.push(range(e.startDate, e.endDate));
        L.push(e.score);
        for (const c of e.courses ?? []) L.push(c, { listItem: true });
      });
      if (lines.to > lines.from && diploma !== '') schools.push({ range: lines, edu });
    }
  });
  const certs: Array<{ range: { from: number; to: number }; cert: Omit<CvCertification, 'start' | 'end'> }> = [];
  L.section('certificates', lang, () => {
    for (const c of r.certificates ?? []) {
      const name = oneLine(c.name);
      const year = isoDate(c.date)?.year;
      const lines = L.item(() => L.push(joinParts([c.name, c.issuer, year === undefined ? undefined : `(${year})`], ' — '), { listItem: true }));
      if (name !== '' && lines.to > lines.from) certs.push({ range: lines, cert: year === undefined ? { name } : { name, year } });
    }
  });
  L.section('awards', lang, () => {
    for (const a of r.awards ?? []) {
      L.push(joinParts([a.title, a.awarder, fmt(isoDate(a.date))], ' — '), { listItem: true });
      L.paragraphs(a.summary);
    }
  });
  L.section('publications', lang, () => {
    for (const p of r.publications ?? []) L.push(joinParts([p.name, p.publisher, fmt(isoDate(p.releaseDate))], ' — '), { listItem: true });
  });
  L.section('projects', lang, () => {
    for (const p of r.projects ?? []) {
      L.push(joinParts([p.name, range(p.startDate, p.endDate)], ' — '), { breakBefore: true });
      L.paragraphs(p.description);
      for (const h of p.highlights ?? []) L.push(h, { listItem: true });
      if (p.keywords && p.keywords.length > 0) L.push(p.keywords.map(oneLine).join(', '));
      L.push(p.url);
    }
  });
  const langs: CvLanguage[] = [];
  L.section('languages', lang, () => {
    for (const l of r.languages ?? []) {
      const name = oneLine(l.language);
      if (name === '') continue;
      const lg: CvLanguage = { code: languageCode(name) ?? name.toLowerCase(), name };
      const fluency = oneLine(l.fluency);
      if (fluency !== '') {
        lg.levelText = fluency;
        const level = cefrLevel(fluency);
        if (level) lg.level = level;
      }
      if (!langs.some((x) => x.code === lg.code)) langs.push(lg);
      L.push(fluency ? `${name} : ${fluency}` : name, { listItem: true });
    }
  });
  L.section('interests', lang, () => {
    for (const i of r.interests ?? []) {
      const kw = (i.keywords ?? []).map(oneLine).join(', ');
      L.push(kw ? `${oneLine(i.name)} (${kw})` : i.name, { listItem: true });
    }
  });

  const doc = buildDocument(L.raw.map((l) => ({ ...l, text: red(l.text) })));
  const span = (range: { from: number; to: number }): { start: number; end: number } => ({
    start: (doc.lines[range.from] as { start: number }).start,
    end: (doc.lines[range.to - 1] as { end: number }).end,
  });
  const sections: CvSection[] = L.sections.map((s) => {
    const body = span({ from: s.from + 1, to: s.to });
    return { kind: s.kind, heading: s.heading, ...body, text: doc.text.slice(body.start, body.end) };
  });
  const redOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : red(s));
  return {
    format: 'json-resume',
    language: lang,
    pages: raw.pages,
    text: doc.text,
    warnings: [...raw.warnings],
    sections,
    experiences: jobs.map(({ range: rg, exp }) => {
      const out: CvExperience = { ...exp, title: red(exp.title), description: exp.description.map(red), span: span(rg) };
      const employer = redOpt(exp.employer);
      if (employer !== undefined) out.employer = employer;
      const location = redOpt(exp.location);
      if (location !== undefined) out.location = location;
      return out;
    }),
    education: schools.map(({ range: rg, edu }) => {
      const out: CvEducation = { ...edu, diploma: red(edu.diploma), ...span(rg) };
      const institution = redOpt(edu.institution);
      if (institution !== undefined) out.institution = institution;
      return out;
    }),
    certifications: certs.map(({ range: rg, cert }) => ({ ...cert, name: red(cert.name), ...span(rg) })),
    languages: langs,
    contact: options.redact ? { emails: [], phones: [], urls: [] } : contact,
    redacted: options.redact,
  };
}
