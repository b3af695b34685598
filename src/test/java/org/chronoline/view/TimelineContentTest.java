package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.RelatedEvents;
import org.junit.jupiter.api.Test;

class TimelineContentTest {
    /**
     * The links between events come from the timeline's own index of ids (time order), not from
     * a second map of every id (file order): they must be the same links, in the same order.
     */
    @Test
    void theLinksFromTheTimelinesIndexAreTheLinksOfTheDocument() {
        TimelineEvent suspension = point("suspension", "2007-12-12").withRelated(List.of(RelatedLink.to("signed")));
        TimelineEvent signed = point("signed", "1990-11-19");
        TimelineEvent decree = point("decree", "2007-07-14").withRelated(List.of(RelatedLink.typed("suspension", RelatedLink.LED_TO),
                RelatedLink.to("signed"), RelatedLink.to("nowhere")));
        TimelineEvent talks = point("talks", "2007-10-12").withRelated(List.of(RelatedLink.typed("decree", RelatedLink.RESPONSE_TO),
                RelatedLink.typed("crisis", RelatedLink.PART_OF)));
        TimelineEvent crisis = point("crisis", "2007");
        TimelineDocument document = new TimelineDocument(1, "T", null, List.of(), List.of(),
                List.of(suspension, signed, decree, talks, crisis), List.of(), ExtraFields.NONE);

        RelatedEvents fromTheIndex = new TimelineContent(document).relations();
        RelatedEvents ownMap = new RelatedEvents(document);

        for (TimelineEvent e : document.events()) {
            assertThat(fromTheIndex.groups(e)).as(e.id()).isEqualTo(ownMap.groups(e));
            assertThat(fromTheIndex.all(e)).as(e.id()).isEqualTo(ownMap.all(e));
            assertThat(fromTheIndex.links(e)).as(e.id()).isEqualTo(ownMap.links(e));
        }
        assertThat(fromTheIndex.linksAmong(List.of(decree, suspension, signed))).isEqualTo(ownMap.linksAmong(List.of(decree, suspension, signed)))
                .hasSize(3);
        assertThat(fromTheIndex.all(decree)).extracting(TimelineEvent::id).containsExactlyInAnyOrder("suspension", "signed", "talks");
    }

    private static TimelineEvent point(String id, String date) {
        return TimelineEvent.point(id, id, IsoDates.parse(date));
    }
}
