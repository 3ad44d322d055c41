package vn.dangbo.backup;

/**
 * A backup file that cannot be restored (or a target that must not receive it), with the message key of the
 * reason in messages_*.properties; nothing has been changed when this is thrown.
 */
public class BackupRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BackupRefused(String messageKey, Object... args) {
        super(messageKey + " " + java.util.Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public BackupRefused(String messageKey, Throwable cause, Object... args) {
        this(messageKey, args);
        initCause(cause);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
