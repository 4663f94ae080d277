package nl.koers.pop;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * A dialect that gives templates one object under one name ({@code #labels}, {@code #replies}): what Thymeleaf needs
 * for that, written once. The object is the same for every template and every rendering.
 */
public abstract class ExpressionObjectDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final String name;
    private final Object object;

    protected ExpressionObjectDialect(String dialect, String name, Object object) {
        super(dialect);
        this.name = name;
        this.object = object;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(name);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return object;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
