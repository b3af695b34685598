package org.chronoline.model.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.RelatedEvents.Group;
import org.junit.jupiter.api.Test;

/** Links are followed both ways and grouped by what they mean, as the details panel shows them. */
class RelatedEventsTest {
    private static final TimelineEvent SIGNED = point("signed", "1990");
    private static final TimelineEvent DECREE = point("decree", "2007-07-14")
            .withRelated(List.of(RelatedLink.typed("suspension", RelatedLink.LED_TO), RelatedLink.to("signed")));
    private static final TimelineEvent SUSPENSION = point("suspension", "2007-12-12");
    private static final TimelineEvent TALKS = point("talks", "2007-10-12")
            .withRelated(List.of(RelatedLink.typed("decree", RelatedLink.RESPONSE_TO), RelatedLink.typed("crisis", RelatedLink.PART_OF),
                    RelatedLink.typed("signed", "inspired-by"), RelatedLink.to("gone")));
    private static final TimelineEvent CRISIS = point("crisis", "2007");

    private final RelatedEvents related = new RelatedEvents(new TimelineDocument(1, "T", null, List.of(), List.of(),
            List.of(SIGNED, DECREE, SUSPENSION, TALKS, CRISIS), List.of(), ExtraFields.NONE));

    @Test
    void aTypedLinkReadsOneWayFromItsEventAndTheOtherWayFromItsTarget() {
        assertThat(ids(related.groups(DECREE))).containsExactly(
                Map.entry(Group.LED_TO, List.of("suspension")),
                Map.entry(Group.ANSWERED_BY, List.of("talks")),
                Map.entry(Group.SEE_ALSO, List.of("signed")));
        assertThat(ids(related.groups(SUSPENSION))).containsExactly(Map.entry(Group.FOLLOWED_FROM, List.of("decree")));
        assertThat(ids(related.groups(CRISIS))).containsExactly(Map.entry(Group.INCLUDES, List.of("talks")));
    }

    @Test
    void anUnknownTypeIsShownAsRelatedAndALinkToNoEventIsLeftOut() {
        assertThat(ids(related.groups(TALKS))).containsExactly(
                Map.entry(Group.RESPONSE_TO, List.of("decree")),
                Map.entry(Group.PART_OF, List.of("crisis")),
                Map.entry(Group.RELATED, List.of("signed")));
        assertThat(ids(related.groups(SIGNED))).containsExactly(
                Map.entry(Group.RELATED, List.of("talks")),
                Map.entry(Group.SEE_ALSO, List.of("decree")));
    }

    @Test
    void allListsEveryLinkedEventOnceWhicheverWayItPoints() {
        TimelineEvent both = point("both", "2000").withRelated(List.of(RelatedLink.to("signed")));
        TimelineEvent signedBack = SIGNED.withRelated(List.of(RelatedLink.typed("both", RelatedLink.LED_TO)));
        RelatedEvents twoWays = new RelatedEvents(new TimelineDocument(1, "T", null, List.of(), List.of(), List.of(signedBack, both),
                List.of(), ExtraFields.NONE));

        assertThat(twoWays.all(signedBack)).extracting(TimelineEvent::id).containsExactly("both");
        assertThat(twoWays.groups(signedBack)).as("not again under see also").containsOnlyKeys(Group.LED_TO);
        assertThat(twoWays.groups(both)).containsOnlyKeys(Group.FOLLOWED_FROM);
    }

    private static Map<Group, List<String>> ids(Map<Group, List<TimelineEvent>> groups) {
        Map<Group, List<String>> ids = new LinkedHashMap<>();
        groups.forEach((group, events) -> ids.put(group, events.stream().map(TimelineEvent::id).toList()));
        return ids;
    }

    private static TimelineEvent point(String id, String date) {
        return TimelineEvent.point(id, id, IsoDates.parse(date));
    }
}
