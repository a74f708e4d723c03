package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/** WCAG 1.3.1 and 2.4.6: headings, lists and tables convey their structure. */
final class StructureChecks implements A11yCheck {

    private static final Set<String> LIST_CHILDREN = Set.of("li", "script", "template");
    private static final Set<String> DL_CHILDREN = Set.of("dt", "dd", "div", "script", "template");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        headings(page, findings);
        for (Element e : page.elements()) {
            if (!page.isExposed(e)) {
                continue;
            }
            switch (e.normalName()) {
                case "ul", "ol" -> list(page, e, findings);
                case "li" -> listItem(page, e, findings);
                case "dl" -> definitionList(page, e, findings);
                default -> {
                }
            }
            String role = page.role(e);
            if (role.equals("table") || role.equals("grid") || role.equals("treegrid")) {
                table(page, e, findings);
            }
        }
    }

    private static void headings(AuditedPage page, List<A11yFinding> findings) {
        int previous = 0;
        boolean levelOne = false;
        Element first = null;
        for (Element e : page.elements()) {
            if (!page.role(e).equals("heading") || !page.isExposed(e)) {
                continue;
            }
            int level = level(e);
            if (first == null) {
                first = e;
            }
            boolean named = !page.name(e).isEmpty();
            levelOne |= level == 1 && named;
            if (!named) {
                findings.add(new A11yFinding(A11yRule.EMPTY_HEADING, e, "heading <" + e.normalName() + "> has no text",
                        "give the heading text that says what the section is about, or remove it"));
            }
            if (previous > 0 && level > previous + 1) {
                findings.add(new A11yFinding(A11yRule.HEADING_ORDER, e,
                        "heading level " + level + " follows level " + previous + ", skipping level " + (previous + 1),
                        "use a level-" + (previous + 1) + " heading here (" + "#".repeat(previous + 1) + " in Markdown)"));
            }
            previous = level;
        }
        if (!levelOne && page.hasContent()) {
            // the first heading is where the page's title was expected, so the finding is placed on it
            findings.add(new A11yFinding(A11yRule.PAGE_HEADING, first == null ? page.document().body() : first,
                    first == null ? "the page has no level-one heading"
                            : "the page has no level-one heading; its first heading is level " + level(first),
                    "the layout must write the page's title as <h1> (a screen reader user jumps to it to learn what the page is about)"));
        }
    }

    /** A positive whole number, at most nine digits so that it is an int. */
    private static final java.util.regex.Pattern ARIA_LEVEL = java.util.regex.Pattern.compile("[1-9][0-9]{0,8}");

    static int level(Element e) {
        String aria = Attr.get(e, "aria-level").trim();
        if (ARIA_LEVEL.matcher(aria).matches()) {
            return Integer.parseInt(aria);
        }
        String tag = e.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            return tag.charAt(1) - '0';
        }
        return 2;
    }

    private static void list(AuditedPage page, Element list, List<A11yFinding> findings) {
        if (!page.role(list).equals("list")) {
            return;
        }
        for (Element child : list.children()) {
            if (!LIST_CHILDREN.contains(child.normalName()) && page.isExposed(child)) {
                String role = AuditedPage.explicitRole(child).orElse("");
                if (role.equals("listitem")) {
                    continue;
                }
                findings.add(new A11yFinding(A11yRule.LIST, child, "<" + list.normalName() + "> contains <" + child.normalName()
                        + ">; a list may contain only <li> elements", "wrap the content in <li>, or move it out of the list"));
            }
        }
    }

    private static void listItem(AuditedPage page, Element item, List<A11yFinding> findings) {
        if (AuditedPage.explicitRole(item).isPresent()) {
            return;
        }
        Element parent = item.parent();
        if (parent == null) {
            return;
        }
        String tag = parent.normalName();
        if (!page.role(parent).equals("list")) {
            findings.add(new A11yFinding(A11yRule.LIST_ITEM, item, "<li> is not inside a list (its parent is <" + tag + ">)",
                    "put the item in a <ul> or <ol>"));
        }
    }

    private static void definitionList(AuditedPage page, Element list, List<A11yFinding> findings) {
        if (AuditedPage.explicitRole(list).isPresent()) {
            return;
        }
        for (Element child : list.children()) {
            if (!DL_CHILDREN.contains(child.normalName()) && page.isExposed(child)) {
                findings.add(new A11yFinding(A11yRule.DEFINITION_LIST, child, "<dl> contains <" + child.normalName()
                        + ">; a definition list may contain only <dt> and <dd>", "use <dt> for terms and <dd> for their descriptions"));
            }
        }
    }

    // ---- tables ------------------------------------------------------------------------------------

    private static void table(AuditedPage page, Element table, List<A11yFinding> findings) {
        TableGrid grid = TableGrid.of(table, page);
        Map<String, Element> cellIds = new HashMap<>();
        for (TableGrid.Cell cell : grid.cells()) {
            if (!cell.element().id().isEmpty()) {
                cellIds.put(cell.element().id(), cell.element());
            }
        }
        for (TableGrid.Cell cell : grid.cells()) {
            Element e = cell.element();
            if (Attr.has(e, "headers") && page.isExposed(e)) {
                for (String id : Attr.get(e, "headers").trim().split("\\s+")) {
                    if (id.isEmpty()) {
                        continue;
                    }
                    if (id.equals(e.id())) {
                        findings.add(new A11yFinding(A11yRule.TD_HEADERS_ATTR, e, "headers=\"" + Attr.get(e, "headers")
                                + "\" names the cell itself", "list only the ids of this cell's header cells"));
                    } else if (!cellIds.containsKey(id)) {
                        findings.add(new A11yFinding(A11yRule.TD_HEADERS_ATTR, e, "headers=\"" + Attr.get(e, "headers")
                                + "\" names '" + id + "', which is not a cell of this table", "list only the ids of header cells of the same table"));
                    }
                }
            }
        }
        boolean hasDataCells = grid.cells().stream().anyMatch(c -> Set.of("cell", "gridcell").contains(page.role(c.element())));
        if (!hasDataCells && table.normalName().equals("table")) {
            if (grid.rows() >= 2 && grid.columns() >= 2) {
                findings.add(new A11yFinding(A11yRule.TABLE_HEADERS, table, "the table has header cells only", "use <td> for data cells"));
            }
            return;
        }
        if (table.normalName().equals("table") && grid.rows() >= 2 && grid.columns() >= 2
                && grid.cells().stream().noneMatch(c -> Set.of("columnheader", "rowheader").contains(page.role(c.element())))) {
            findings.add(new A11yFinding(A11yRule.TABLE_HEADERS, table, "the data table has no header cells",
                    "start the table with a header row (the first row of a Markdown table, above |---|)"));
        }
        for (TableGrid.Cell cell : grid.cells()) {
            Element e = cell.element();
            String cellRole = page.role(e);
            if (!(cellRole.equals("columnheader") || cellRole.equals("rowheader")) || !page.isExposed(e) || !hasDataCells) {
                continue;
            }
            if (!grid.hasAssignedCells(cell, cellRole, page)) {
                findings.add(new A11yFinding(A11yRule.TH_HAS_DATA_CELLS, e, "header cell '" + AuditedPage.collapse(e.text())
                        + "' has no data cells", "remove the empty header column or row, or make the cell a <td>"));
            }
        }
    }

    /** A table's cells placed on rows and columns, with row and column spans. */
    record TableGrid(List<Cell> cells, int rows, int columns) {

        record Cell(Element element, int row, int column, int rowSpan, int colSpan) {
        }

        static TableGrid of(Element table, AuditedPage page) {
            List<Element> rows = new ArrayList<>();
            collectRows(page, table, rows);
            List<Cell> cells = new ArrayList<>();
            Map<Long, Boolean> taken = new HashMap<>();
            int columns = 0;
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Element cellElement : cellsOf(page, rows.get(r))) {
                    while (taken.containsKey(((long) r << 32) | c)) {
                        c++;
                    }
                    int rowSpan = span(Attr.get(cellElement, "rowspan"));
                    int colSpan = span(Attr.get(cellElement, "colspan"));
                    for (int dr = 0; dr < rowSpan; dr++) {
                        for (int dc = 0; dc < colSpan; dc++) {
                            taken.put(((long) (r + dr) << 32) | (c + dc), true);
                        }
                    }
                    cells.add(new Cell(cellElement, r, c, rowSpan, colSpan));
                    c += colSpan;
                    columns = Math.max(columns, c);
                }
            }
            return new TableGrid(cells, rows.size(), columns);
        }

        private static final Set<String> CELL_ROLES = Set.of("cell", "gridcell", "columnheader", "rowheader");

        /** Rows of the table, through row groups and wrappers, but not those of nested tables. */
        private static void collectRows(AuditedPage page, Element parent, List<Element> rows) {
            for (Element child : parent.children()) {
                String role = page.role(child);
                if (role.equals("row")) {
                    rows.add(child);
                } else if (!role.equals("table") && !role.equals("grid") && !role.equals("treegrid") && !CELL_ROLES.contains(role)) {
                    collectRows(page, child, rows);
                }
            }
        }

        private static List<Element> cellsOf(AuditedPage page, Element row) {
            List<Element> cells = new ArrayList<>();
            for (Element child : row.children()) {
                String role = page.role(child);
                if (CELL_ROLES.contains(role)) {
                    cells.add(child);
                } else if (!role.equals("row") && !role.equals("table") && !role.equals("grid")) {
                    cells.addAll(cellsOf(page, child));
                }
            }
            return cells;
        }

        private static int span(String value) {
            return Math.max(1, Math.min(Attr.integer(value).orElse(1), 1000));
        }

        boolean hasAssignedCells(Cell header, String role, AuditedPage page) {
            String id = header.element().id();
            for (Cell cell : cells) {
                if (cell == header || !page.isExposed(cell.element())) {
                    continue;
                }
                if (!id.isEmpty() && List.of(cell.element().attr("headers").trim().split("\\s+")).contains(id)) {
                    return true;
                }
                boolean sameColumn = cell.column() < header.column() + header.colSpan() && header.column() < cell.column() + cell.colSpan();
                boolean sameRow = cell.row() < header.row() + header.rowSpan() && header.row() < cell.row() + cell.rowSpan();
                if ((role.equals("columnheader") && sameColumn && !sameRow) || (role.equals("rowheader") && sameRow && !sameColumn)) {
                    if (!cell.element().hasAttr("headers")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
