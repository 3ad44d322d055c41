package vn.dangbo.resolution.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AttachmentRepository {

    public static final String RESULT = "RESULT";
    public static final String TASK_UPDATE = "TASK_UPDATE";

    private static final String COLUMNS = "id, owner_type, owner_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String ownerType, long ownerId, String fileName, String contentType, byte[] content,
            String sha256, String actor) {
        return jdbc.sql("""
                INSERT INTO resolution_attachment (owner_type, owner_id, file_name, content_type, size_bytes, sha256,
                    content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(ownerType, ownerId, fileName, contentType, (long) content.length, sha256, content, actor)
                .query(Long.class).single();
    }

    public List<Attachment> of(String ownerType, long ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resolution_attachment WHERE owner_type = ? AND owner_id = ? ORDER BY id")
                .params(ownerType, ownerId).query(Attachment.class).list();
    }

    public List<Attachment> ofOwners(String ownerType, List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM resolution_attachment WHERE owner_type = :type AND owner_id IN (:ids) ORDER BY id")
                .param("type", ownerType).param("ids", ownerIds).query(Attachment.class).list();
    }

    public Optional<Attachment> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resolution_attachment WHERE id = ?").param(id)
                .query(Attachment.class).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("SELECT content FROM resolution_attachment WHERE id = ?").param(id).query(byte[].class).single();
    }
}
