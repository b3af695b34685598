package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Guards the one place that depends on how Gson words its positions. */
class GsonPositionTest {

    @Test
    void readsLineColumnAndPathFromGson() throws IOException {
        JsonReader reader = new JsonReader(new StringReader("{\n  \"a\": [true]\n}"));
        reader.beginObject();
        reader.nextName();
        reader.beginArray();

        GsonPosition position = GsonPosition.of(reader);

        assertThat(position.line).isEqualTo(2);
        assertThat(position.column).isEqualTo(9);
        assertThat(GsonPosition.displayPath(position.path)).isEqualTo("a[0]");
    }

    @Test
    void separatesGsonMessagesFromTheirPosition() {
        String message = "Expected ':' at line 3 column 9 path $.events[2].title\nSee https://example.org";

        assertThat(GsonPosition.head(message)).isEqualTo("Expected ':'");
        assertThat(GsonPosition.parse(message).line).isEqualTo(3);
        assertThat(GsonPosition.displayPath(GsonPosition.parse(message).path)).isEqualTo("events[2].title");
    }
}
