import type { Element } from '@xmldom/xmldom';
import { child, nameOf } from './docx-xml.js';

/** Rows of a table, through row-level content controls; rows deleted with track changes left out. */
export function rowsOf(tbl: Element): Element[] {
  const rows: Element[] = [];
  const visit = (parent: Element): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const name = nameOf(node);
      if (name === 'tr') {
        if (!child(child(node as Element, 'trPr'), 'del')) rows.push(node as Element);
      } else if (name === 'sdt') {
        const content = child(node as Element, 'sdtContent');
        if (content) visit(content);
      } else if (name === 'customXml' || name === 'ins' || name === 'moveTo') visit(node as Element);
    }
  };
  visit(tbl);
  return rows;
}

export function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  const visit = (parent: Element): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const name = nameOf(node);
      if (name === 'tc') cells.push(node as Element);
      else if (name === 'sdt') {
        const content = child(node as Element, 'sdtContent');
        if (content) visit(content);
      } else if (name === 'customXml') visit(node as Element);
    }
  };
  visit(tr);
  return cells;
}
