<#-- LayoutsContractTest: prints the path of every key a layout receives, one a line (t's keys left out). -->
<#macro walk path value>
<#if value?is_hash_ex && !value?is_string>
<#list value?keys as k>
${path}${k}
<#if value[k]??><@walk path=path + k + "." value=value[k]/></#if>
</#list>
<#elseif value?is_sequence && !value?is_string>
<#list value as item>
<#if item??><@walk path=path?remove_ending(".") + "[]." value=item/></#if>
</#list>
</#if>
</#macro>
<#macro root>
<#list .data_model?keys as k>
${k}
<#if k != "t" && .data_model[k]??><@walk path=k + "." value=.data_model[k]/></#if>
</#list>
</#macro>
