/**
 * picocli 4.7.7, compiled from its released sources for Java 17; the same module as the released jar's
 * {@code META-INF/versions/9/module-info.class}.
 */
module info.picocli {
    requires static java.sql;
    exports picocli;
}
