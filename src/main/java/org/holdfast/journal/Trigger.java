package org.holdfast.journal;

/** What set off an urge or a slip (DOMAIN.md, "Common triggers"). */
public enum Trigger {
    LONELINESS("Loneliness"),
    EVENING("Evening or late night"),
    ALCOHOL("Alcohol"),
    ANNIVERSARY("Anniversary or holiday"),
    REMINDER("A reminder of them"),
    MUTUAL_FRIENDS("News from mutual friends"),
    THEY_CONTACTED_ME("They contacted me"),
    PRACTICAL_NEED("Something practical"),
    GUILT_OR_PRESSURE("Guilt or pressure"),
    OTHER("Something else");

    private final String label;

    Trigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
