package org.holdfast.measures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns a client's responses, oldest first, into scores with their changes: per instrument, baseline is the first. */
final class ScoreHistory {

    private ScoreHistory() {
    }

    static List<MeasureScore> of(List<MeasureResponse> oldestFirst) {
        Map<Instrument, MeasureResponse> baseline = new EnumMap<>(Instrument.class);
        Map<Instrument, MeasureResponse> last = new EnumMap<>(Instrument.class);
        List<MeasureScore> scores = new ArrayList<>();
        for (MeasureResponse r : oldestFirst) {
            Instrument i = r.getInstrument();
            MeasureResponse first = baseline.putIfAbsent(i, r);
            MeasureResponse before = last.put(i, r);
            List<Integer> answers = r.getAnswers();
            scores.add(new MeasureScore(r.getId(), r.getClientId(), i, r.getDueDate(), r.getCompletedAt(), r.getScore(),
                    i.band(r.getScore()).label(), first == null ? null : i.change(first.getScore(), r.getScore()),
                    before == null ? null : i.change(before.getScore(), r.getScore()), i.needsSafetyResponse(answers),
                    answers));
        }
        return scores;
    }
}
