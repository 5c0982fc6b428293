package no.kriteriebank.docx;

/**
 * The list numbering a document adds: one abstract numbering for lettered requirement lists ("a)") and one for
 * bullets, and a numbering instance per numbered list so that each list starts again at "a)". Ids follow on from
 * those a template already uses, so nothing random ends up in the file.
 */
final class Numbering {
    private final int numberedAbstract;
    private final int bulletAbstract;
    private final int firstNum;
    private int nextNum;
    private int bulletNum = -1;
    private final StringBuilder nums = new StringBuilder();

    Numbering(int maxAbstractId, int maxNumId) {
        this.numberedAbstract = maxAbstractId + 1;
        this.bulletAbstract = maxAbstractId + 2;
        this.firstNum = maxNumId + 1;
        this.nextNum = firstNum;
    }

    /** A new numbering instance for one numbered list, starting at "a)". */
    int numbered() {
        int id = nextNum++;
        nums.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"").append(numberedAbstract)
                .append("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        return id;
    }

    /** The numbering instance all bullet lists share. */
    int bullet() {
        if (bulletNum < 0) {
            bulletNum = nextNum++;
            nums.append("<w:num w:numId=\"").append(bulletNum).append("\"><w:abstractNumId w:val=\"")
                    .append(bulletAbstract).append("\"/></w:num>");
        }
        return bulletNum;
    }

    boolean used() {
        return nextNum > firstNum;
    }

    /** The {@code w:abstractNum} elements, which come before all {@code w:num} elements. */
    String abstractNums() {
        return "<w:abstractNum w:abstractNumId=\"" + numberedAbstract + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
                + "<w:lvlText w:val=\"%1)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/>"
                + "</w:pPr></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"" + bulletAbstract + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                + "<w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/>"
                + "</w:pPr></w:lvl>"
                + "</w:abstractNum>";
    }

    /** The {@code w:num} elements handed out so far. */
    String nums() {
        return nums.toString();
    }
}
