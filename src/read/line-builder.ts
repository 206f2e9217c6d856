import { splitListMarker } from './line-marks.js';
import { cleanLine } from './normalize-text.js';
import type { RawLine } from './raw.js';

/** Marks of a block (paragraph, heading, list item, table cell paragraph). */
export interface BlockMarks {
  heading?: boolean;
  listItem?: boolean;
}

/**
 * Accumulates the inline text of structured documents (DOCX HTML, ODT XML) into RawLines: one line per block,
 * a line break inside a block starts a new line, empty blocks and container boundaries become `breakBefore`.
 * Paragraphs typed with a manual bullet ("• ", "- ") become list items.
 */
export class LineBuilder {
  private readonly lines: RawLine[] = [];
  private buffer = '';
  private marks: BlockMarks = {};
  private pendingBreak = false;
  private sawText = false;
  private readonly links: { href: string; text: string }[] = [];

  /** Appends inline text to the current block. */
  text(s: string): void {
    this.buffer += s;
    const link = this.links[this.links.length - 1];
    if (link) link.text += s;
  }

  /** A hyperlink starts (its text follows through {@link text}). */
  openLink(href: string): void {
    this.links.push({ href, text: '' });
  }

  /**
   * The hyperlink ends: when its text does not show its web or mail target ("Mon LinkedIn"), the target is
   * added in parentheses, so contact URLs behind labels are not lost.
   */
  closeLink(): void {
    const link = this.links.pop();
    if (!link || !/^(?:https?:|mailto:)/i.test(link.href)) return;
    const target = link.href.replace(/^mailto:/i, '');
    const core = (u: string): string => u.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase();
    if (!core(link.text).includes(core(target))) this.buffer += ` (${target})`;
  }

  /** Starts a new block with its marks (flushes the previous one). */
  startBlock(marks: BlockMarks = {}): void {
    this.flushBlock();
    this.marks = marks;
    this.sawText = false;
  }

  /** Ends the current block; an empty paragraph is a vertical break. */
  endBlock(): void {
    const hadText = this.flush();
    if (!hadText && !this.sawText) this.pendingBreak = true;
    this.marks = {};
  }

  /** A line break inside the block: continuation lines keep the heading mark but are no longer list items. */
  lineBreak(): void {
    if (this.flush()) this.marks = { heading: this.marks.heading };
  }

  /** A structural boundary (table cell, text frame, section): the next line starts a new block visually. */
  boundary(): void {
    this.flushBlock();
    this.pendingBreak = true;
  }

  /** Appends lines read elsewhere (a text frame) as a block of their own. */
  append(lines: readonly RawLine[]): void {
    this.flushBlock();
    lines.forEach((l, i) => {
      const line: RawLine = { ...l };
      if (i === 0 && this.lines.length > 0) line.breakBefore = true;
      this.lines.push(line);
    });
    if (lines.length > 0) this.pendingBreak = true;
  }

  /** Returns every line built so far. */
  finish(): RawLine[] {
    this.flushBlock();
    return this.lines;
  }

  private flushBlock(): void {
    this.flush();
    this.marks = {};
  }

  /** Emits the buffered text as a line; returns whether a line was emitted. */
  private flush(): boolean {
    const cleaned = cleanLine(this.buffer);
    this.buffer = '';
    if (cleaned === '') return false;
    const manual = this.marks.listItem || this.marks.heading ? undefined : splitListMarker(cleaned);
    const line: RawLine = { text: manual ? manual.text : cleaned };
    if (this.marks.heading) line.heading = true;
    if (this.marks.listItem || manual?.listItem) line.listItem = true;
    if ((this.pendingBreak || this.marks.heading) && this.lines.length > 0 && !this.sawText) line.breakBefore = true;
    this.pendingBreak = false;
    this.sawText = true;
    this.lines.push(line);
    return true;
  }
}
