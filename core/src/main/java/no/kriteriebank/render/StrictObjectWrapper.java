package no.kriteriebank.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;

/**
 * Exposes only strings, numbers, booleans, maps and lists to templates. Templates see data, never Java objects, so
 * there is no method to call, no {@code getClass()}, no static to reach: the member-access policy is "nothing".
 */
final class StrictObjectWrapper implements ObjectWrapper {
    static final StrictObjectWrapper INSTANCE = new StrictObjectWrapper();

    private StrictObjectWrapper() {
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null) {
            return null;
        }
        if (obj instanceof TemplateModel) {
            return (TemplateModel) obj;
        }
        if (obj instanceof String) {
            return new SimpleScalar((String) obj);
        }
        if (obj instanceof Number) {
            return new SimpleNumber((Number) obj);
        }
        if (obj instanceof Boolean) {
            return (Boolean) obj ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (obj instanceof Map) {
            SimpleHash hash = new SimpleHash(this);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) obj).entrySet()) {
                hash.put(String.valueOf(e.getKey()), e.getValue());
            }
            return hash;
        }
        if (obj instanceof List) {
            return new SimpleSequence((List<?>) obj, this);
        }
        throw new TemplateModelException("a " + obj.getClass().getSimpleName() + " is not exposed to templates");
    }
}
