<#-- Shared macros of the plain-text layouts. -->
<#macro blocks list>
<#list list as b>
<#if b.type == "p">
${b.text}
<#else>
<#list b.items as item>
  - ${item}
</#list>
</#if>
<#sep>

</#sep>
</#list>
</#macro>
<#macro docline d>
- ${d.type} (${d.due?lower_case}): ${d.text}<#if d.equivalent> ${t["clause.equivalent"]}</#if>
</#macro>
