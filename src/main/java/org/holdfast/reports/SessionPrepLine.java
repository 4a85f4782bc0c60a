package org.holdfast.reports;

import net.sf.jasperreports.renderers.Renderable;

/**
 * One printable line of the session prep report: a sentence, a flag, a table row, a pair of charts. The
 * first line of each section carries the section's heading (and a table's column titles), so a heading
 * is printed in the same band as what follows it and never ends a page alone. The template picks a band
 * per {@link Kind}. A JavaBean: Jasper reads getters.
 */
public class SessionPrepLine {

    public enum Kind {
        /** A sentence: a reading, or what an empty section has instead of content. */
        TEXT,
        /** A quieter aside. */
        NOTE,
        /** A risk flag: its label in bold, then its reason. */
        FLAG,
        /** A suggested topic in bold, the evidence beneath. */
        AGENDA,
        /** Slips table: when, channel, direction, triggers. */
        SLIP,
        /** Contact attempts table: when, channel and sender, content verbatim, response and safety. */
        ATTEMPT,
        /** An assignment: title, progress, then the shared reflections. */
        HOMEWORK,
        /** A journal entry: when and what kind, its facts, then the client's words. */
        ENTRY,
        /** Two charts side by side, each with its title and reading. */
        CHART_PAIR,
        /** One chart the full width, with its reading. */
        CHART,
        /** A box with ruled lines to write in. */
        NOTES
    }

    private final Kind kind;
    private String heading;
    private boolean tableStart;
    private String label;
    private String text;
    private String detail;
    private String extra;
    private Renderable chart;
    private String chartTitle;
    private String chartReading;
    private Renderable chart2;
    private String chart2Title;
    private String chart2Reading;

    private SessionPrepLine(Kind kind) {
        this.kind = kind;
    }

    static SessionPrepLine text(String text) {
        SessionPrepLine line = new SessionPrepLine(Kind.TEXT);
        line.text = text;
        return line;
    }

    static SessionPrepLine note(String text) {
        SessionPrepLine line = new SessionPrepLine(Kind.NOTE);
        line.text = text;
        return line;
    }

    static SessionPrepLine flag(String label, String reason) {
        SessionPrepLine line = new SessionPrepLine(Kind.FLAG);
        line.label = label;
        line.text = reason;
        return line;
    }

    static SessionPrepLine agenda(String topic, String evidence) {
        SessionPrepLine line = new SessionPrepLine(Kind.AGENDA);
        line.label = topic;
        line.text = evidence;
        return line;
    }

    static SessionPrepLine slip(String when, String channel, String direction, String triggers) {
        SessionPrepLine line = new SessionPrepLine(Kind.SLIP);
        line.label = when;
        line.text = channel;
        line.detail = direction;
        line.extra = triggers;
        return line;
    }

    static SessionPrepLine attempt(String when, String channelAndSender, String content, String response) {
        SessionPrepLine line = new SessionPrepLine(Kind.ATTEMPT);
        line.label = when;
        line.text = channelAndSender;
        line.detail = content;
        line.extra = response;
        return line;
    }

    static SessionPrepLine homework(String title, String progress, String reflections) {
        SessionPrepLine line = new SessionPrepLine(Kind.HOMEWORK);
        line.label = title;
        line.text = progress;
        line.detail = reflections;
        return line;
    }

    static SessionPrepLine entry(String when, String facts, String words) {
        SessionPrepLine line = new SessionPrepLine(Kind.ENTRY);
        line.label = when;
        line.text = facts;
        line.detail = words;
        return line;
    }

    static SessionPrepLine chart(String title, Renderable chart, String reading) {
        SessionPrepLine line = new SessionPrepLine(Kind.CHART);
        line.chartTitle = title;
        line.chart = chart;
        line.chartReading = reading;
        return line;
    }

    /** A chart left null prints its reading alone: the reading says why there is nothing to draw. */
    static SessionPrepLine chartPair(String title, Renderable chart, String reading, String title2, Renderable chart2,
            String reading2) {
        SessionPrepLine pair = new SessionPrepLine(Kind.CHART_PAIR);
        pair.chartTitle = title;
        pair.chart = chart;
        pair.chartReading = reading;
        pair.chart2Title = title2;
        pair.chart2 = chart2;
        pair.chart2Reading = reading2;
        return pair;
    }

    static SessionPrepLine notes() {
        return new SessionPrepLine(Kind.NOTES);
    }

    /** Marks this line as the first of its section. */
    SessionPrepLine under(String heading) {
        this.heading = heading;
        return this;
    }

    /** Marks this line as a table's first row, which prints the column titles above it. */
    SessionPrepLine startsTable() {
        this.tableStart = true;
        return this;
    }

    public Boolean getTableStart() {
        return tableStart;
    }

    public String getKind() {
        return kind.name();
    }

    public String getHeading() {
        return heading;
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    public String getDetail() {
        return detail;
    }

    public String getExtra() {
        return extra;
    }

    public Renderable getChart() {
        return chart;
    }

    public String getChartTitle() {
        return chartTitle;
    }

    public String getChartReading() {
        return chartReading;
    }

    public Renderable getChart2() {
        return chart2;
    }

    public String getChart2Title() {
        return chart2Title;
    }

    public String getChart2Reading() {
        return chart2Reading;
    }
}
