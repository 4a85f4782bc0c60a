package org.holdfast.reports;

/**
 * One row of the contact-attempt evidence report, in one of its three sections: the frequency summary,
 * the records themselves, and the hash manifest. The template prints the columns of the row's section.
 * A JavaBean: Jasper reads getters.
 */
public class EvidenceRow {

    static final String FREQUENCY = "Attempts over time";
    static final String RECORDS = "The records, in the order the attempts happened";
    static final String MANIFEST = "Manifest: every record's hash";

    private final String section;
    private String seq;
    private String happened;
    private String recorded;
    private String channel;
    private String sender;
    private String via;
    private String content;
    private String response;
    private String amendment;
    private boolean correction;
    private String prevHash;
    private String hash;
    private String period;
    private Integer count;
    private String channels;

    private EvidenceRow(String section) {
        this.section = section;
    }

    static EvidenceRow frequency(String period, int count, String channels) {
        EvidenceRow row = new EvidenceRow(FREQUENCY);
        row.period = period;
        row.count = count;
        row.channels = channels;
        return row;
    }

    static EvidenceRow record(int seq, String happened, String recorded, String channel, String sender, boolean via,
            String content, String response, String amendment, boolean correction) {
        EvidenceRow row = new EvidenceRow(RECORDS);
        row.seq = String.valueOf(seq);
        row.happened = happened;
        row.recorded = recorded;
        row.channel = channel;
        row.sender = sender;
        row.via = via ? "Yes" : "No";
        row.content = content;
        row.response = response;
        row.amendment = amendment;
        row.correction = correction;
        return row;
    }

    static EvidenceRow manifest(int seq, String recorded, String prevHash, String hash) {
        EvidenceRow row = new EvidenceRow(MANIFEST);
        row.seq = String.valueOf(seq);
        row.recorded = recorded;
        row.prevHash = prevHash == null ? "(first record)" : prevHash;
        row.hash = hash;
        return row;
    }

    public String getSection() {
        return section;
    }

    public String getSeq() {
        return seq;
    }

    public String getHappened() {
        return happened;
    }

    public String getRecorded() {
        return recorded;
    }

    public String getChannel() {
        return channel;
    }

    public String getSender() {
        return sender;
    }

    public String getVia() {
        return via;
    }

    public String getContent() {
        return content;
    }

    public String getResponse() {
        return response;
    }

    public String getAmendment() {
        return amendment;
    }

    public Boolean getCorrection() {
        return correction;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    public String getPeriod() {
        return period;
    }

    public Integer getCount() {
        return count;
    }

    public String getChannels() {
        return channels;
    }
}
