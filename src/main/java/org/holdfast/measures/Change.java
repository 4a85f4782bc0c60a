package org.holdfast.measures;

/**
 * A move between two scores of the same instrument. {@code delta} is the raw difference (later minus earlier);
 * {@code direction} says what it means for the client once the instrument's direction and its reliable-change
 * threshold are applied: a smaller move is noise, not news.
 */
public record Change(int delta, Direction direction) {

    public enum Direction {
        BETTER("Reliably better"), WORSE("Reliably worse"), NO_RELIABLE_CHANGE("No reliable change");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean reliable() {
        return direction != Direction.NO_RELIABLE_CHANGE;
    }

    /** "+6, reliably worse" or "-2, no reliable change". */
    public String describe() {
        return (delta > 0 ? "+" : "") + delta + ", " + direction.label().toLowerCase(java.util.Locale.ROOT);
    }
}
