package vn.dangbo.backup;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The manifest as indented JSON (readable in any text editor). */
final class ManifestJson {

    /** Indented; fields it does not know (added by a later version) are ignored, the format marker decides. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ManifestJson() {}

    static byte[] write(Manifest manifest) {
        return JSON.writeValueAsBytes(manifest);
    }

    static byte[] writeSummary(java.util.Map<String, ?> values) {
        return JSON.writeValueAsBytes(values);
    }

    static Manifest read(byte[] json) {
        return JSON.readValue(json, Manifest.class);
    }
}
