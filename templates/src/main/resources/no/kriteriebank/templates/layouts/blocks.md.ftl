<#-- Shared macros of the Markdown layouts. ${...} escapes for Markdown; literal template text is markup. -->
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
