<#-- A network's house layout for plain-text documents, for tests. -->
NETTVERKSMAL: ${title}
<#list sections as s>
<#list s.clauses as c>
* ${c.id}
</#list>
</#list>
