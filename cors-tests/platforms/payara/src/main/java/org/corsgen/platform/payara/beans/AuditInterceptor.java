package org.corsgen.platform.payara.beans;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Does nothing but exist: enabled for the WAR by its priority, it makes Weld subclass {@link Audited} beans. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @AroundInvoke
    public Object around(InvocationContext invocation) throws Exception {
        return invocation.proceed();
    }
}
