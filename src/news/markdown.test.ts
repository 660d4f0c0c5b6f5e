// The Markdown renderer shared by news and the public site: formatting works, nothing in the text can run.
import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownToText, renderMarkdown } from '#src/news/markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings, emphasis, lists, tables and links', () => {
    expect(renderMarkdown('## Neu\n\n**fett** und *kursiv*\n\n- eins\n- zwei')).toBe(
      '<h2>Neu</h2>\n<p><strong>fett</strong> und <em>kursiv</em></p>\n<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n',
    );
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<td>1</td>');
    expect(renderMarkdown('See https://example.org/x')).toBe('<p>See <a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a></p>\n');
    expect(renderMarkdown('[intern](/site/nord)')).toBe('<p><a href="/site/nord">intern</a></p>\n');
    expect(renderMarkdown('![Logo](/api/v1/site/assets/1)')).toBe('<p><img src="/api/v1/site/assets/1" alt="Logo"></p>\n');
  });

  it('starts headings at the level asked for, never past h6', () => {
    expect(renderMarkdown('# Agenda\n\n## Punkt 1\n\n###### tief', { headingBase: 4 })).toBe('<h4>Agenda</h4>\n<h5>Punkt 1</h5>\n<h6>tief</h6>\n');
    expect(renderMarkdown('# Titel')).toBe('<h1>Titel</h1>\n');
  });

  it('shows raw HTML as text and drops script links', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderMarkdown('<img src=x onerror="alert(1)">')).not.toContain('<img');
    expect(renderMarkdown('[click](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('[click](JAVASCRIPT:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[x](vbscript:msgbox)')).not.toContain('href');
    expect(renderMarkdown('[x](data:text/html;base64,PHNjcmlwdD4=)')).not.toContain('href');
    // The tag stays text; only the bare URL inside it is linked, as any URL in text is.
    expect(renderMarkdown('<a href="https://evil.example" onclick="x()">a</a>')).toMatch(/^<p>&lt;a href=&quot;.*onclick=&quot;x\(\)&quot;&gt;a&lt;\/a&gt;<\/p>\n$/);
    expect(renderMarkdown('<a href="https://evil.example" onclick="x()">a</a>')).not.toMatch(/<a [^>]*onclick/);
  });

  it('gives the plain text of Markdown and escapes text for HTML', () => {
    expect(markdownToText('# Titel\n\nEin **fetter** Satz & <mehr>.')).toBe('Titel Ein fetter Satz & <mehr>.');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
