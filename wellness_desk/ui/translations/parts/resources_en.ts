<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BatchProblems</name>
    <message>
        <location filename="../../print_page.py" line="618" />
        <source>Batch from a locations CSV</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="623" />
        <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
        <translation><numerusform>{file}: nothing printed, %n problem. Fix the file and choose it again.</numerusform><numerusform>{file}: nothing printed, %n problems. Fix the file and choose it again.</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="635" />
        <source>Problems in the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="638" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="644" />
        <source>Close the list of problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../resources_page.py" line="309" />
        <source>Noted, thank you: it will be re-checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="312" />
        <source>This number did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="315" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="350" />
        <source>✕ Stale: not verified for over a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="352" />
        <source>⚠ Verified over 6 months ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="358" />
        <source>Report that {number} did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="359" />
        <source>Copy {number} ({kind}, {name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="361" />
        <source>{name}, {kind}, {number}, {open}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountryCardDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="200" />
        <source>Country card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="202" />
        <source>two letters, e.g. CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="204" />
        <source>&amp;Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="205" />
        <source>Country, two letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>C&amp;ards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>Number of cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>&amp;Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="212" />
        <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpLineBanner</name>
    <message>
        <location filename="../../resources_page.py" line="228" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="233" />
        <source>Set the help line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="236" />
        <source>Set the industry help line in Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="250" />
        <location filename="../../resources_page.py" line="251" />
        <source>24/7 music-industry help line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="255" />
        <source>Copy the help line number {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="256" />
        <source>Help line: {name}, {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="259" />
        <source>No help line set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="260" />
        <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="263" />
        <source>No industry help line is set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../print_page.py" line="69" />
        <source>Print cards and signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>&amp;Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>&amp;Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>Language of the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="86" />
        <source>e.g. green-room-chicago-2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="88" />
        <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>T&amp;ag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>&amp;Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="95" />
        <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="96" />
        <source>A unique code on every card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="101" />
        <source> m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="102" />
        <source>what the paper serves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="104" />
        <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="106" />
        <source>Scan &amp;distance (signs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="107" />
        <source>Scan distance, in metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="113" />
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="116" />
        <source>Choose a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>L&amp;ogo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="120" />
        <source>In the &amp;middle of the QR code (stronger error correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="121" />
        <source>Logo in the middle of the QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="130" />
        <source>choose one in Resources: Print a card for this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="131" />
        <source>The number comes from the resource directory, as checked there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>&amp;Resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>Resource name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>&amp;Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>Resource number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>&amp;Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>Resource hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="142" />
        <source>Why it cannot print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="145" />
        <source>&amp;Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="147" />
        <source>Save the cards as a PDF (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="149" />
        <source>Pr&amp;int…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="150" />
        <source>Send the cards to a printer (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="152" />
        <source>&amp;Batch from a locations CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="160" />
        <source>From the resource directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="165" />
        <source>Tour s&amp;heet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="167" />
        <source>Each stop's date and city with its country's crisis lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="169" />
        <source>Country car&amp;d…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="171" />
        <source>Wallet cards with one country's crisis lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="177" />
        <source>Save the cards as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="178" />
        <source>Print the cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="179" />
        <source>Batch signs from a locations CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="180" />
        <source>Tour sheet from the resource directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="182" />
        <source>Country card from the resource directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="192" />
        <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="199" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="201" />
        <source>Preview of the first page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="209" />
        <source>Nothing to print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="282" />
        <source>Choose a logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="283" />
        <source>Images (*.png *.jpg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="335" />
        <location filename="../../print_page.py" line="484" />
        <source>Saved {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="386" />
        <source>this paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="388" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="392" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="406" />
        <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="407" />
        <source>Print wallet cards instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="410" />
        <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="411" />
        <source>Back to the defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="443" />
        <source>Save cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="444" />
        <location filename="../../print_page.py" line="511" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="459" />
        <source>The last print is still being saved or sent: try again once it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="497" />
        <source>Locations CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="498" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="510" />
        <source>Save the signs of %n location(s)</source>
        <translation><numerusform>Save the signs of %n location</numerusform><numerusform>Save the signs of %n locations</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="525" />
        <location filename="../../print_page.py" line="571" />
        <location filename="../../print_page.py" line="587" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="566" />
        <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="571" />
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="588" />
        <source>Printing stopped, nothing recorded. {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="603" />
        <source>Sent to the printer. {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../print_page.py" line="604" />
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourcePrintDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="51" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="55" />
        <source>Also lines not re-checked for 12 months (marked so)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="57" />
        <source>Also lines not re-checked for 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="59" />
        <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="73" />
        <source>Problem with {field}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="81" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../resources_page.py" line="516" />
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="519" />
        <source>Reading the directory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="521" />
        <source>Directory edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="531" />
        <location filename="../../resources_page.py" line="653" />
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="532" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="534" />
        <source>Any language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="537" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="539" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="543" />
        <source>Kind of resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="545" />
        <source>Search a name, a need, a city… (just type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="547" />
        <source>Search the resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="549" />
        <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="556" />
        <source>Open now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="557" />
        <source>Only what is open now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="574" />
        <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="577" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="591" />
        <source>Clear the search and the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="596" />
        <source>Show the rest of the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="605" />
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="655" />
        <source>{country} ({code})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="665" />
        <source>The directory has no entry for {country}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="763" />
        <source>Clear the filters</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../resources_page.py" line="767" />
        <source>Show %n more result(s)</source>
        <translation><numerusform>Show %n more result</numerusform><numerusform>Show %n more results</numerusform></translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="793" />
        <source>These lines go together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="798" />
        <source>Paired lines: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="811" />
        <source>any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="813" />
        <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="817" />
        <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="819" />
        <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="834" />
        <source>Filters cleared: every resource in the directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="850" />
        <source>no number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="851" />
        <source>{position} of {count}: {name}, {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="860" />
        <source>Copied {number}: {kind}, {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="871" />
        <source>Nothing to copy: no result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="875" />
        <source>{name} lists no number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="881" />
        <source>Copied {number}: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="895" />
        <source>{name} is a favourite: shown first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="896" />
        <source>{name} is no longer a favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="910" />
        <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="920" />
        <source>No card for {number}: {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="951" />
        <source>The directory could not be read. {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../resources_page.py" line="393" />
        <source>Favourite: shown first for this country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="409" />
        <source>Print a card for this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="421" />
        <source>No number listed: see the organization's website.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="436" />
        <source>Remove {name} from favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="437" />
        <source>Add {name} to favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="444" />
        <source>Print a card for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="448" />
        <source>Any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="472" />
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="475" />
        <source>✕ Stale: last verified {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="477" />
        <source>⚠ Verified {date}, over 6 months ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="478" />
        <source>✓ Verified {date}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TourSheetDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="158" />
        <source>Tour sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>&amp;Tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>Tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="168" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="169" />
        <source>Language of the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>&amp;Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="172" />
        <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="182" />
        <source>No tour yet: create one in Activations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>resources_page</name>
    <message>
        <location filename="../../resources_page.py" line="63" />
        <source>Crisis lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="64" />
        <source>Counselling and therapy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="65" />
        <location filename="../../resources_page.py" line="77" />
        <source>Financial aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="66" />
        <location filename="../../resources_page.py" line="78" />
        <source>Substance use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="67" />
        <location filename="../../resources_page.py" line="79" />
        <source>Peer support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="68" />
        <location filename="../../resources_page.py" line="80" />
        <source>Music industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="75" />
        <source>Crisis line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="76" />
        <source>Counselling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="87" />
        <source>crisis line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="88" />
        <source>counselling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="89" />
        <source>financial aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="90" />
        <source>substance use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="91" />
        <source>peer support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="92" />
        <source>music industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="99" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="100" />
        <source>Text (SMS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="101" />
        <source>Textphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="102" />
        <source>Video call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="112" />
        <source>hours not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="114" />
        <source>open now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../resources_page.py" line="115" />
        <source>closed now</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
