package app.ripple.base;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts every connection of the app's pool into the caller's {@link SchoolScope}. */
@Configuration(proxyBeanMethods = false)
class SchoolScopeConfig {

    @Bean
    static BeanPostProcessor schoolScopedDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof SchoolScopedDataSource)
                        ? new SchoolScopedDataSource(ds) : bean;
            }
        };
    }
}
