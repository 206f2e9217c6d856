/** Test inputs shared by the DOCX and ODT reader tests, converted by a real LibreOffice. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A CV whose contact block is a text frame anchored in the name paragraph (LibreOffice flat ODT, converted). */
export const FRAME_CV = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>Paul Durand<draw:frame draw:name="Cadre1" text:anchor-type="paragraph" svg:x="12cm" svg:y="0cm" svg:width="5cm" svg:height="3cm"><draw:text-box><text:p>Contact : paul.durand@example.fr</text:p><text:p>Permis B</text:p></draw:text-box></draw:frame></text:p>
<text:h text:outline-level="1">Expérience</text:h>
<text:p>Technicien support — Acme, Lille</text:p>
</office:text></office:body></office:document>`;

/** Converts `file` (in `dir`) with headless LibreOffice to `format` ('odt', 'docx:MS Word 2007 XML'…) and returns the bytes. */
export function convertWithLibreOffice(dir: string, file: string, format: string): Uint8Array {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', dir, join(dir, file)], {
    stdio: 'ignore',
    timeout: 90_000,
  });
  const ext = format.split(':')[0] ?? format;
  return new Uint8Array(readFileSync(join(dir, file.replace(/\.[^.]+$/, `.${ext}`))));
}
