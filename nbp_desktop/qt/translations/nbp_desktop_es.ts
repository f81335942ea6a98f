<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>“{name}” es una conexión {kind}, que no tiene modo por lotes. Ejecuta la hoja con --interactive (la cola normal) o usa una conexión de AI Studio o Vertex AI para el lote a mitad de precio.</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>Indica el bucket de Cloud Storage para el lote, p. ej., gs://my-bucket/batches.</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>No se ha podido leer la respuesta de Google sobre el lote.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>El archivo de resultados del lote se ha cortado durante la descarga; se volverá a descargar.</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>Google no ha indicado dónde subir el archivo de entrada del lote.</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>La subida del archivo de entrada del lote no ha terminado; se volverá a enviar.</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>Google no ha indicado el nombre del archivo de entrada subido.</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>Google ya no tiene el archivo de resultados de este lote (puede que se haya eliminado o haya caducado); las filas que no se han descargado se marcan como con error.</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>No existe el bucket de Cloud Storage “{bucket}” (o la cuenta de servicio no puede verlo). Créalo en el mismo proyecto o indica otro bucket.</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>La cuenta de servicio</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account} no puede usar el bucket “{bucket}” para trabajos por lotes: le falta {permissions}. Asígnale el rol “Storage Object Admin” en ese bucket (consola de Cloud → Cloud Storage → el bucket → Permisos).</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>El archivo de resultados {uri} ya no está en el bucket; las filas que aún no se han descargado se marcan como con error.</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>validando</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>con errores parciales</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>No existe el lote {batch}.</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Un lote de Vertex lee y escribe sus archivos en un bucket de Cloud Storage: indica uno con --bucket gs://BUCKET/CARPETA.</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>Modo de lote desconocido: “{mode}”.</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>Google no ha indicado el nombre del nuevo lote.</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>Se ha cancelado antes de enviar el lote; no se ha facturado nada.</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>El lote {batch} aún no ha llegado a Google; no hay nada que descargar.</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>El lote {batch} sigue {state} en Google; sus resultados se podrán descargar cuando haya terminado.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>Falta en el bucket el archivo de resultados del lote; las filas que no se han descargado se marcan como con error.</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>El lote ha caducado antes de que Google ejecutara esta fila (Google da 48 horas a cada lote); vuelve a enviar la hoja para las filas que faltan.</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>El lote se ha cancelado antes de ejecutar esta fila; no se ha facturado.</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google no ha podido ejecutar el lote ({detail}).</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google no ha podido ejecutar el lote.</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google no ha devuelto ningún resultado para esta fila.</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>El trabajo ha terminado con el estado {status}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem} (%n fila más con problemas.)</numerusform>
            <numerusform>{problem} (%n filas más con problemas.)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>No se puede enviar ninguna fila de la hoja “{sheet}”; corrige las filas indicadas.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>La hoja “{sheet}” está vacía: la fila 1 debe ser un encabezado (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) y cada fila siguiente, una imagen.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>No se puede abrir la hoja {path}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>La hoja “{sheet}” ocupa {size}, más de lo que puede ocupar una hoja de prompts ({limit}, unas 100.000 filas); no se ha leído ninguna fila. Divídela en hojas más pequeñas.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>No se puede leer la hoja {path}.</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>La fila 1 (el encabezado) de “{sheet}” no tiene ninguna columna “prompt”; sus columnas son: {columns}. Llama “prompt” a una columna.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>La fila {row} no se puede leer como fila de tabla ({error}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>La hoja “{sheet}” tiene un encabezado en la fila 1, pero ninguna fila debajo: añade una fila por imagen a partir de la fila 2.</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>La fila {row} de “{sheet}” no es texto UTF-8 (byte {byte} en el carácter {column}); probablemente la hoja se guardó como Latin-1 o Windows-1252. Guárdala como “CSV UTF-8” e impórtala de nuevo.</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>La fila {row} no tiene prompt.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>Fila {row}: el prompt tiene una “{open}” o “{close}” sin pareja; escribe {open}{open} o {close}{close} para una llave literal.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>Fila {row}: el prompt usa {placeholder}, pero la hoja no tiene ninguna columna “{column}”.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>Fila {row}: el prompt usa {placeholder}, pero esa celda está vacía.</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>Fila {row}: {model} no genera la relación de aspecto “{ratio}”; usa una de estas: {ratios}.</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>Fila {row}: {model} no genera el tamaño “{size}”; usa {sizes}.</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>Fila {row}: la cantidad “{count}” debe ser un número entero de 1 a {most}.</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>Fila {row}: la semilla “{seed}” no es un número entero.</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>Fila {row}: la imagen de referencia “{name}” no existe (se ha buscado en {path}).</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>Fila {row}: %n imagen de referencia; {model} admite como máximo {most}.</numerusform>
            <numerusform>Fila {row}: %n imágenes de referencia; {model} admite como máximo {most}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>validando</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>con errores parciales</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>interactivo</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>Importar hoja de prompts…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>Consultar a Google ahora en lugar de en la próxima comprobación programada</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>Fila {number} ({key}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>Lote “{sheet}” registrado; enviándolo a Google.</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>Lote “{sheet}”: %n imagen está en la biblioteca, en el tablero “{sheet}”.</numerusform>
            <numerusform>Lote “{sheet}”: %n imágenes están en la biblioteca, en el tablero “{sheet}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost} (interactivo)</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost} (precio de lote)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>Generar una hoja CSV/TSV de prompts a precio de lote (la mitad del precio interactivo) o mediante la cola</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>Tableros</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>Todas las imágenes
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}: suelta aquí las imágenes, o selecciona imágenes y pulsa B</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Nuevo tablero…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Eliminar tablero</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>Obsoleto desde el {deprecated}; fecha de retirada: {shutdown}.</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>Obsoleto desde el {deprecated}.</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>Fecha de retirada: {shutdown}.</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>Siempre razona; 4K está en versión preliminar en Vertex. Solo admite imágenes como referencias.</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro (versión preliminar, retirado en AI Studio)</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>Usa gemini-3-pro-image.</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>GA desde el 2026-10-06; el modelo de imagen recomendado por Google.</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>GA desde el 2026-06-30; rápido, solo 1K; sin niveles Flex ni Priority.</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>Usa gemini-nano-banana-2.1.</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>Solo 1K.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>Describe la imagen…   ({keys} la añade a la cola)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>Prompts anteriores</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>Instrucción del sistema</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>Instrucciones permanentes enviadas con cada prompt (opcional)</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>p. ej.: Eres fotógrafo de producto. Luz de estudio limpia.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>Añadir imágenes de referencia desde archivos</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>El ID del modelo; puedes escribir uno más reciente</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Acerca del modelo</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Relación de aspecto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Nivel de razonamiento</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Fundamentación con la Búsqueda de Google</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>Permite que el modelo busque información en la web (se factura aparte)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>Cuántos trabajos añadir a la cola con estos ajustes</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>Cuadrícula de 2×2 variaciones</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>Cuatro variaciones en una sola solicitud (una cuarta parte del coste); se guardan la cuadrícula y sus cuatro mosaicos</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>Añadir esta generación a la cola ({keys})</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>Añadir generación a la cola</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>Añadir esta generación a la cola</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>predeterminado ({level})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate} (4 imágenes por trabajo)</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate} en el nivel {tier}</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>No hay prompts anteriores</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>Añadir imágenes de referencia</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>Imágenes, PDF y vídeos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Imágenes (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>Una clave de API de Google AI Studio (aistudio.google.com → Get API key). La generación de imágenes requiere un proyecto con la facturación habilitada.</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>Un archivo de clave de cuenta de servicio (JSON) de la consola de Google Cloud. Suelta el archivo aquí; el proyecto se lee de él.</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>Una clave de API para el modo exprés de Vertex AI (no hace falta proyecto).</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>Un relé o pasarela compatible con la API de imágenes de OpenAI (LiteLLM y otros): su URL base y su clave. La pasarela reintenta por sí misma, así que la aplicación envía cada solicitud una sola vez (una capa de reintentos, no dos).</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Añadir conexión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex: mitad de precio, las respuestas pueden tardar minutos</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority: más rápido, cuesta más</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>Nivel de servicio de Google para esta conexión; si un modelo lo rechaza, usa Standard a partir de entonces</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>opcional: un relé, un endpoint privado o el emulador</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>Una llamada real para comprobar la clave, el proyecto y el modelo: gratis en Google; a través de una pasarela, una solicitud de texto mínima (una fracción de céntimo)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>Trabajos simultáneos</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>sin cambios (guardada en el llavero)</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>obligatorio: https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Archivo de clave de cuenta de servicio</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>No se puede leer “{name}”.</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}: suelta aquí otro archivo de clave</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>Trabajos enviados a la vez a través de esta conexión</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>Solicitudes por minuto a través de esta conexión (0: sin límite), controladas por nuestra parte para no alcanzar los límites de frecuencia de Google</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>como en Ajustes → Cola ({current})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>Introduce primero la {secret}.</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI en modo exprés</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>Pasarela compatible con OpenAI</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>clave de cuenta de servicio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Asigna un nombre a la conexión.</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>Una conexión de pasarela necesita su URL base (por ejemplo, https://relay.example.com).</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>La URL base “{url}” debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>El nivel de servicio “{tier}” no es ninguno de estos: {choices}.</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Una conexión de Vertex necesita un ID de proyecto (normalmente se lee del archivo de la cuenta de servicio).</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>La {label} está vacía.</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>El secreto de “{name}” ya no está en el llavero; vuelve a introducirlo.</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>La {label} de “{name}” ya no está en el llavero. Edita la conexión y vuelve a introducirla.</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>La clave guardada para “{name}”</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>Se ha eliminado una marca de orden de bytes invisible al principio de la {label}.</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>La {label} contiene {character} (carácter {position}); debe ser una sola línea de letras y dígitos. Vuelve a copiarla desde la consola.</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>La {label} contiene un carácter que no es ASCII simple (carácter {position}); solo puede contener letras, dígitos y algunos signos. Vuelve a copiarla desde la consola.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un carácter NUL</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>un carácter invisible</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path} no es un archivo normal; elige el propio archivo de clave JSON.</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>No se puede leer el archivo de la cuenta de servicio {path}.</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source} ocupa {size} KB; un archivo de clave de cuenta de servicio de Google ocupa unos 2 KB (se acepta un máximo de {limit} KB). Elige el archivo de clave JSON que descargó la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>No hay ningún llavero del sistema disponible, así que el secreto no se puede guardar de forma segura. Instala y desbloquea un llavero Secret Service (GNOME Keyring o KWallet), inicia una sesión de escritorio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>No hay ningún llavero del sistema disponible, así que el secreto no se puede guardar de forma segura. Comprueba que el llavero del sistema esté desbloqueado y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>El llavero del sistema se ha negado a guardar o leer el secreto.</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>“{name}” funciona: {service} ha aceptado las credenciales para {model}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>La pasarela ha aceptado la clave, pero no incluye el modelo “{model}” (incluye: {models}).</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>“{name}” funciona: la pasarela ha aceptado la clave, incluye {model} y el modelo ha respondido a través de ella a una prueba de una palabra.</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>“{name}” funciona hasta donde muestra la pasarela: ha aceptado la clave e incluye {model}. No ofrece ninguna solicitud pequeña que llegue al modelo, así que si el modelo responde se verá con la primera imagen.</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>La pasarela ha aceptado tu clave e incluye {model}, pero el servicio que hay detrás ha rechazado las credenciales propias de la pasarela (HTTP {status}). Pide al operador de la pasarela que las revise.</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>La pasarela ha aceptado la clave e incluye {model}, pero ahora mismo no tiene capacidad libre para él (HTTP 429): {said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>La pasarela ha aceptado la clave e incluye {model}, pero no ha podido obtener respuesta del modelo que hay detrás (HTTP {status}): {said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>“{name}” funciona hasta donde muestra la pasarela: ha aceptado la clave e incluye {model}, pero ha rechazado la pequeña solicitud de prueba (HTTP {status}: {said}), así que si el modelo responde se verá con la primera imagen.</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>ninguno: el certificado propio de este equipo</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Archivo de certificado de firma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>Usar el de este equipo</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>Comprobar certificado</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>ninguno (p. ej., {url})</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>Servidor de sellado de tiempo</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>Estado del certificado de firma</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>Las exportaciones que modifican un archivo reciben nuevas Credenciales de contenido (C2PA), con las de Google como ingrediente, firmadas por:</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>Certificado (PEM o PKCS#12)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>Firmado con el certificado propio de este equipo.</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓ “{signer}” puede firmar Credenciales de contenido hasta el {date}.</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>Se usa tu certificado; pulsa Comprobar certificado para probarlo.</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>Certificados con clave (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (inclusive)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>Editar esta imagen</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>¿Qué debe cambiar? (Google ve la imagen y la conversación hasta ahora).</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>Qué debe cambiar</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>p. ej.: haz que el cielo sea tormentoso   ({keys} lo añade a la cola)</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>Añadir edición a la cola</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>Renderizado de nuevo en {size}</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>Renderizado de nuevo a mayor tamaño</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>Generada: {prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>Edición: {prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>Muestra una imagen para ver sus ediciones.</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>Crear rama desde este turno…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>Editar el turno elegido: una rama nueva, sin tocar las ediciones posteriores</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>Un solo turno: aún no hay ediciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>%n turno en este árbol de ediciones.</numerusform>
            <numerusform>%n turnos en este árbol de ediciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;La biblioteca está vacía.&lt;/b&gt;&lt;br&gt;Aquí llega cada imagen que generas. Escribe un prompt en Redactar y pulsa {keys}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;Ninguna imagen coincide con la búsqueda y los filtros.&lt;/b&gt;&lt;br&gt;“Borrar filtros” vuelve a mostrar toda la biblioteca.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;Este tablero está vacío.&lt;/b&gt;&lt;br&gt;Arrastra imágenes hasta él en la lista, o selecciona imágenes y pulsa B.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;La cola está vacía.&lt;/b&gt;&lt;br&gt;Escribe un prompt en Redactar y pulsa {keys}: los trabajos esperan y se ejecutan aquí, con su progreso, tiempo y coste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;Aún no hay ninguna imagen.&lt;/b&gt;&lt;br&gt;Escribe un prompt en Redactar y pulsa {keys}, o abre una imagen desde la Biblioteca.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image(s)</source>
        <translation>
            <numerusform>Exportar %n imagen</numerusform>
            <numerusform>Exportar %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste preestablecido</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como ajuste preestablecido…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>Original (copia exacta)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>Calidad JPEG</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>Tamaño de archivo estimado</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4 conserva todo el detalle de color (impresión); 4:2:0 ocupa menos (web)</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progresivo</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Tamaño original</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>Borde largo</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>Incrustar sRGB</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>Convertir en perfil…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>un perfil .icc RGB o CMYK (p. ej., de tu imprenta)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>colorimétrico relativo</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>perceptual</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturación</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>colorimétrico absoluto</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>Prompt, modelo y origen IA (XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>Conservar las de Google y firmar lo que cambia esta exportación</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>Eliminar toda la procedencia</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>Las Credenciales de contenido (C2PA) indican quién creó la imagen y cómo se modificó. {signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>Aviso de compresión</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>Usar Original en su lugar</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>Volver a codificar de todos modos</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>Escribir un CSV de los metadatos</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>Crear una hoja de contactos (PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>Croma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>Bits de TIFF</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Nombres de archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>Resolución efectiva en {paper}: {ppi} ppi (la imagen es más pequeña que el papel con esta resolución)</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>Resolución efectiva en {paper}: {ppi} ppi</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google ya ha enviado un JPEG: sus datos se conservan tal cual (sin segunda compresión); solo se añaden la información de tamaño y los metadatos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;Segunda compresión:&lt;/b&gt; Google ya ha enviado un JPEG y este ajuste preestablecido lo vuelve a comprimir, con pérdida de detalle. Usa Original para entregar el archivo de Google sin cambios.</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>Estimando tamaño…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>Unos {size} cada una (primera imagen)</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>Unos {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar ajuste preestablecido</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nombre del ajuste preestablecido:</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>Perfil de color</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>Perfiles ICC (*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>Cancelando después de la imagen actual…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>¿Eliminar toda la procedencia?</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

¿Eliminarla?</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>¿Exportar sin Credenciales de contenido?</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

¿Exportar de todos modos sin nuevas Credenciales de contenido? Los archivos exportados tampoco llevarán entonces las Credenciales de contenido de Google (el ajuste preestablecido Original las conserva).</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>No se ha exportado nada: no se ha eliminado la procedencia.</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>{number} de {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>%n imagen · {preset}</numerusform>
            <numerusform>%n imágenes · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>Cancelado: se ha exportado %n imagen a {folder}.</numerusform>
            <numerusform>Cancelado: se han exportado %n imágenes a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>Se ha exportado %n imagen a {folder}.</numerusform>
            <numerusform>Se han exportado %n imágenes a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} El prompt de %n de ellas era demasiado largo para los metadatos de un JPEG, así que allí se ha acortado; el texto completo se conserva en la biblioteca.</numerusform>
            <numerusform>{exported} Los prompts de %n de ellas eran demasiado largos para los metadatos de un JPEG, así que allí se han acortado; el texto completo se conserva en la biblioteca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>No se puede leer de la biblioteca la imagen {name}.</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>PNG no admite CMYK: elige JPEG o TIFF para un perfil CMYK.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>Formato de exportación desconocido: “{format}”.</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>No se puede leer el perfil de color {name}.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(no se ha elegido ninguno)</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>Falta el perfil de color sRGB en esta instalación; vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>No se ha podido escribir la exportación en {folder}.</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>El origen no es un archivo JPEG.</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>Un bloque de metadatos es demasiado grande para un segmento JPEG.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>JPEG para web</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>JPEG para impresión</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>TIFF para impresión</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>No existe el ajuste preestablecido de exportación “{name}” (ajustes preestablecidos: {presets}).</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>Preparando los archivos soltados…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>Resultados recientes</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Intervalo personalizado…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>Buscar en prompts y respuestas</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>Solo seleccionadas</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>Mostrar solo las imágenes marcadas como seleccionadas</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>Ocultar rechazadas</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>Ocultar las imágenes rechazadas</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>Con ediciones</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>Solo imágenes que forman parte de un historial de ediciones</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>Solo imágenes con Credenciales de contenido (un manifiesto C2PA)</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier clasificación</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>Etiqueta de color</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>Cualquier conexión</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Cualquier modelo</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Relación de aspecto</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>Cualquier proporción</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>Mostrar todo de nuevo (palabras de búsqueda y filtros)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Tamaño de miniatura</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>Fecha, etiqueta, conexión, modelo, tamaño, proporción, ediciones, Credenciales de contenido</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Más filtros ({count})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>Pega una clave de API (la forma más rápida de empezar).</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>Suelta un archivo de clave de cuenta de servicio; el proyecto y la ubicación se rellenan solos.</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>Una clave de API del modo exprés.</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>La URL base y la clave de un relé.</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>Te damos la bienvenida a nbp-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;Conecta tu cuenta de Google&lt;/h3&gt;Las imágenes se crean con tu propia cuenta y las factura Google. Tu clave se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>Explorar primero con el emulador integrado</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>Todo funciona localmente con imágenes de marcador de posición; no se factura nada. Añade una conexión más tarde en Ajustes.</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation>Falta el archivo</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}, {marks} — falta el archivo</translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation>{width} × {height}, {marks}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation>Estado de la galería</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>Volver a mi biblioteca</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Nuevo tablero…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>Un tablero reúne imágenes; una imagen puede estar en varios tableros</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>Mover las imágenes seleccionadas a la papelera ({delete}); deshacer con {undo}</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>Añadir al tablero de destino</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>Añadir la selección al último tablero elegido (B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>Contando imágenes…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>{shown} de {total} imagen</numerusform>
            <numerusform>{shown} de {total} imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>{shown} imagen</numerusform>
            <numerusform>{shown} imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>{selected} seleccionada</numerusform>
            <numerusform>{selected} seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Rehecho: {step}.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Deshecho: {step}.</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} Deshaz con {keys}.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura. Vuelve a abrirla en modo de lectura y escritura para cambiar clasificaciones, tableros o archivos.</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Deshacer {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rehacer {step}</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>el tablero</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Nuevo tablero</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>Nombre del tablero:</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Cambiar nombre del tablero</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>Usar todos los ajustes</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Usar prompt</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>Añadir al tablero</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>Quitar de “{board}”</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>Selecciona dos imágenes para compararlas.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>Estás viendo la biblioteca de {folder} (solo lectura). Las imágenes nuevas siguen guardándose en tu propia biblioteca.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>Estás viendo la biblioteca de {folder} (lectura y escritura). Las imágenes nuevas siguen guardándose en tu propia biblioteca.</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>Credenciales de contenido dañadas</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>Abrir la biblioteca de “{folder}”</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>En solo lectura no se modifica nunca (seguro para una unidad compartida o la biblioteca de otra persona). En lectura y escritura puedes clasificar, marcar, reunir en tableros y eliminar.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>Abrir en lectura y escritura</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>No se ha podido mover “{name}” a la papelera, así que no se ha eliminado. Puede que la carpeta sea de solo lectura o que esta unidad no tenga papelera.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>Comparar la selección</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>Añadir al último tablero</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>Abrir en la pestaña Generar</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>Interrumpido: puede que se haya facturado. La aplicación se detuvo mientras se ejecutaba este trabajo; vuelve a ejecutarlo si aún quieres la imagen.</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>no es un archivo normal (es una canalización, un socket o un dispositivo)</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>ocupa {size} MB; el archivo más grande que se acepta es de {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>es un enlace que apunta a sí mismo (un bucle de enlaces simbólicos)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>no es un archivo de imagen (PNG, JPEG, WebP, HEIC o HEIF), un PDF ni un vídeo</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>ocupa {size} MB, y Google admite como máximo {limit} MB en los PDF y vídeos enviados con un prompt</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>el PDF está dañado o incompleto, así que no se puede leer</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>el PDF está protegido con contraseña, así que Google no puede leerlo</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>Guarda primero una copia sin contraseña.</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>el PDF tiene {pages} páginas, y Google lee como máximo {limit}</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>“{name}” no se puede usar como referencia: {reason}.</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>Esta referencia no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>Esta imagen de referencia no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google no acepta imágenes {type}; usa PNG, JPEG o WebP</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>ocupa {size} MB, supera el límite de 7 MB de Google y aquí no se pueden reducir los archivos HEIC; expórtalo primero como JPEG</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>Usa menos páginas o una exportación más pequeña del PDF.</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>Usa un clip más corto o más pequeño.</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>mide {width} × {height} píxeles, más de los {limit} megapíxeles que se aceptan</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>declara más de {limit} megapíxeles (un archivo dañado o malicioso)</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>el archivo está dañado o incompleto, así que no se puede leer la imagen</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>no se ha podido leer la imagen ({reason})</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>no se ha podido reducir lo suficiente para el límite de 7 MB de Google</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>“{name}” no se puede usar como imagen de referencia: {reason}.</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source} no es una clave de cuenta de servicio utilizable ({reason}): descarga una nueva clave JSON en la consola de Google Cloud → IAM → Cuentas de servicio → Claves.</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>es un archivo de cliente OAuth, no una clave de cuenta de servicio</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>su tipo es “{type}”, no “service_account”</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>le falta {fields}</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>su private_key no es una clave PEM</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>no se puede leer su clave privada</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google no ha aceptado la clave de la cuenta de servicio (puede que se haya eliminado la clave o desactivado la cuenta). Crea una nueva clave JSON y vuelve a añadir la conexión.</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>Se ha rechazado tu clave de API. Comprueba que has copiado la clave completa y que pertenece al proyecto correcto.</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>La facturación no está habilitada para este proyecto. La generación de imágenes necesita un proyecto de Google Cloud con la facturación activada.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google no ha aceptado el inicio de sesión de esta conexión. Puede que la cuenta de servicio se haya eliminado o su clave se haya revocado; vuelve a añadir la conexión con un archivo de clave vigente.</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>La API no está habilitada para este proyecto. Habilítala en la consola de Google Cloud, espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>Esta cuenta no tiene permiso para usar el modelo (permiso denegado). Asigna a la cuenta de servicio el rol “Vertex AI User”.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>Esta cuenta no tiene permiso para usar el modelo (permiso denegado). Comprueba las restricciones de API de la clave.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>No se ha encontrado el modelo “{model}”. Puede que no se ofrezca en la región “{location}”: prueba con la ubicación “global”.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>No se ha encontrado el modelo “{model}”. Puede que se haya retirado: prueba con el modelo “gemini-3-pro-image”.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>No se ha encontrado el modelo “{model}”. Comprueba el nombre del modelo y la ubicación.</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>Google está sobrecargado en este momento.</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google ha tardado demasiado en responder (tiempo de espera de la solicitud agotado).</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Google ha tenido un problema interno (HTTP {status}).</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>El filtro de seguridad del servicio ha bloqueado el prompt.</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google no admite este nivel de servicio para el modelo “{model}”.</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google ha rechazado la solicitud: {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>La pasarela ha rechazado la clave de API (HTTP {status}). Comprueba la clave que usa esta conexión.</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>La pasarela ha respondido con una página web en lugar de datos (HTTP {status}).</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>La pasarela ha aceptado tu clave, pero el servicio que hay detrás ha rechazado las credenciales propias de la pasarela (HTTP {status}). Pide al operador de la pasarela que las revise.</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>La pasarela ha rechazado la clave de API (HTTP {status}). Comprueba la clave que usa esta conexión para la pasarela.</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>La pasarela ha respondido que se ha alcanzado su límite de frecuencia (HTTP 429).</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>La pasarela no ofrece el modelo “{model}” (HTTP {status}). Comprueba el nombre del modelo en la conexión.</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>La pasarela ha respondido que un filtro de seguridad ha bloqueado el prompt.</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>La pasarela ha respondido que el modelo no está disponible: {reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>La pasarela ha respondido con un error (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>La pasarela ha rechazado la solicitud (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>Se ha agotado la cuota de hoy; se restablece a las 00:00 hora del Pacífico (dentro de {wait}).</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>Se ha agotado la cuota por minuto.</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>La capacidad de Google para este modelo está ocupada (límite de frecuencia).</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>Se ha denegado el acceso (HTTP {status}) antes de que la solicitud llegara al modelo.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>El servidor (o un proxy intermedio) ha respondido con una página web en lugar de datos (HTTP {status}).</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>La clave guardada contiene un salto de línea, un tabulador u otro carácter invisible, así que no se puede enviar. Edita la conexión y vuelve a pegar la clave.</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google no ha respondido en {seconds} s. Se ha agotado el tiempo de espera de la solicitud.</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google no ha respondido. Se ha agotado el tiempo de espera de la solicitud.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>No se ha podido establecer una conexión segura (problema con el certificado TLS). Puede que un proxy o un antivirus esté interceptando el tráfico; configura su certificado en Ajustes → Red.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>No se ha podido resolver la dirección del servidor. Comprueba tu conexión a Internet (o la URL base).</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>La conexión se ha interrumpido mientras se descargaba la imagen.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>No se ha podido contactar con el servidor. Comprueba tu conexión a Internet.</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>AI Studio no permite elegir el formato de salida ni la calidad JPEG (solo Vertex); déjalos vacíos o exporta después la imagen como JPEG.</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model} no admite un nivel de razonamiento (siempre razona). Deja vacío el nivel de razonamiento.</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model} admite los niveles de razonamiento {levels}, no “{level}”.</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model} no genera imágenes de {value}. Elige una de estas opciones: {choices}.</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model} admite como máximo {limit} imágenes de referencia; se ha proporcionado %n.</numerusform>
            <numerusform>{model} admite como máximo {limit} imágenes de referencia; se han proporcionado %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF o vídeo</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model} no admite referencias de tipo {type} ({name}); usa imágenes o Nano Banana 2.1.</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>una referencia</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model} no admite el nivel de servicio {tier}; elige Standard para esta conexión.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Escribe primero un prompt.</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>La respuesta de Google no tenía la forma esperada.</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>El filtro de seguridad de Google ha bloqueado el prompt ({reason}). Reformúlalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google ha respondido sin ninguna imagen.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>El servidor (o un proxy intermedio) ha respondido con una página web en lugar de datos.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>La respuesta se ha cortado antes de completarse.</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>No se ha podido leer la respuesta (datos con formato incorrecto).</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>No se ha podido descodificar la imagen de la respuesta.</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>La respuesta contenía datos que no son una imagen legible.</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>El filtro de seguridad de Google ha retenido la imagen ({reason}): reformula el prompt o usa otras imágenes de referencia, ya que las personas reales, las marcas y los detalles violentos o explícitos son los desencadenantes habituales.</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>Se ha retenido la imagen porque se parecía demasiado a material existente ({reason}). Cambia el prompt y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google ha respondido solo con texto, sin imagen. Pide una imagen de forma explícita en el prompt.</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>Esta vez Google no ha generado ninguna imagen ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se ha indicado el motivo</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>Esperando a Google…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>Descargando {received} de {total} MB</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>Descargando {received} MB</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Descodificando…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason}; nuevo intento dentro de {wait} (intento {attempt} de {attempts})</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google no admite el nivel de servicio {tier} para {model}; “{connection}” usa ahora Standard para este modelo. Vuelve a ejecutar el trabajo.</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>La respuesta estaba vacía.</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>Una pasarela solo admite imágenes como referencias, así que “{name}” (un PDF o vídeo) no puede ir con esta solicitud. Usa una conexión de AI Studio o Vertex AI para ello.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>La respuesta de la pasarela no tenía la forma esperada.</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>La pasarela ha respondido con enlaces a imágenes en lugar de las propias imágenes; debe devolver b64_json.</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>La pasarela ha respondido sin ninguna imagen.</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>La respuesta se ha cortado después de que Google la generara: puede que se te haya facturado.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>Se ha agotado el tiempo de espera después de que la solicitud llegara a Google (sin respuesta en {seconds} s): puede que se te haya facturado.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>Se ha agotado el tiempo de espera después de que la solicitud llegara a Google: puede que se te haya facturado.</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>La conexión se ha interrumpido después de que la solicitud llegara a Google y antes de recibir su respuesta: puede que se te haya facturado.</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} Puede que se te haya facturado.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>Arrastrar como</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>Ajuste preestablecido de arrastre</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>Los archivos que arrastras fuera de la aplicación (o copias) se exportan con este ajuste preestablecido al soltarlos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>Exportar lo que ves ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>Arrastrando %n imagen como “{preset}”…</numerusform>
            <numerusform>Arrastrando %n imágenes como “{preset}”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>Imagen copiada como “{preset}”.</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>Selecciona imágenes en la Biblioteca, o muestra una imagen, para exportar.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>%n trabajo añadido a la cola la última vez está esperando. Reanuda la cola para ejecutarlo.</numerusform>
            <numerusform>%n trabajos añadidos a la cola la última vez están esperando. Reanuda la cola para ejecutarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>La cantidad debe ser 1 o más.</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>No existe el trabajo {job}.</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>El trabajo {job} está {status}; solo se pueden volver a ejecutar los trabajos con error, cancelados o interrumpidos.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>Algo inesperado ha fallado al iniciar los trabajos; la cola continúa. (Detalles para el soporte: {error})</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>Se ha restablecido la cuota diaria de “{connection}”; sus trabajos continúan.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>Se ha alcanzado el límite de presupuesto de {cap} para hoy ({spent} gastados); la cola está en pausa. Aumenta el límite o reanuda para continuar.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>Se ha alcanzado el límite de presupuesto de {cap} para este mes ({spent} gastados); la cola está en pausa. Aumenta el límite o reanuda para continuar.</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>Se ha cancelado el trabajo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>Algo inesperado ha fallado con este trabajo.</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>El límite de presupuesto es ahora {cap}; la cola continúa.</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>Se ha quitado el límite de presupuesto; la cola continúa.</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>La imagen ya había llegado y se ha facturado, así que se conserva en la biblioteca en lugar de cancelarse.</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>El gasto incluye {possible} que Google puede haber facturado por trabajos interrumpidos mientras se ejecutaban.</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} Los trabajos de “{connection}” esperan hasta entonces (dentro de {wait}).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>Falta la imagen de referencia {name} en la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>La imagen que se iba a editar ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>No se puede leer de la biblioteca la imagen que se iba a editar ({name}).</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de la aplicación.</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>Reinicia la aplicación para usar el nuevo idioma.</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>No se ha podido abrir la biblioteca de “{folder}”.</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>Marcar como seleccionada</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Marcar como rechazada</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Quitar marca</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Sin estrellas</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>Etiqueta roja</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>Etiqueta amarilla</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>Etiqueta verde</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>Etiqueta azul</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark} (%n imagen)</numerusform>
            <numerusform>{mark} (%n imágenes)</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>Nuevo tablero “{name}”</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>Eliminar tablero “{name}”</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>Tablero “{name}” eliminado (sus imágenes permanecen en la biblioteca).</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>Cambiar nombre de “{name}”</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>el tablero</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>Añadir a “{board}”</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>Se ha añadido %n imagen a “{board}”.</numerusform>
            <numerusform>Se han añadido %n imágenes a “{board}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>Quitar de “{board}”</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>Mover %n imagen a la papelera</numerusform>
            <numerusform>Mover %n imágenes a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>Se ha movido %n imagen a la papelera.</numerusform>
            <numerusform>Se han movido %n imágenes a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>No se ha podido restaurar %n archivo desde la papelera (¿se ha vaciado mientras tanto?); aparece como no encontrado.</numerusform>
            <numerusform>No se han podido restaurar %n archivos desde la papelera (¿se ha vaciado mientras tanto?); aparecen como no encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>No se ha podido guardar este cambio ({command}) en la biblioteca.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura. Vuelve a abrirla con “Abrir biblioteca…” y elige lectura y escritura para modificarla.</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>La biblioteca está ocupada en otra ventana o comando de nbp-desktop, así que este cambio no se ha guardado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>Esta biblioteca la ha escrito una versión más reciente de nbp-desktop; actualiza la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>El disco que contiene la biblioteca ({folder}) está lleno, así que no se puede abrir su base de datos. Libera espacio y vuelve a iniciar la aplicación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>Otro programa (una herramienta de copia de seguridad o sincronización, u otra copia de la aplicación) ha bloqueado la base de datos de la biblioteca. Ciérralo y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>No se puede escribir en la carpeta de la biblioteca {folder} (solo lectura o permiso denegado). Usa Archivo → Abrir biblioteca… para verla en modo de solo lectura, o corrige los permisos de la carpeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>No se ha podido leer del disco la base de datos de la biblioteca ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>Detalles perdidos: no se ha podido leer el archivo sidecar de esta imagen, así que solo se conoce lo que contiene el propio archivo de imagen.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>Ya existe un tablero llamado “{name}”.</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>Un tablero necesita un nombre.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>El disco está lleno, así que no se ha podido guardar la imagen en {folder}. Libera espacio.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>No se puede escribir en la carpeta de la biblioteca {folder} (permiso denegado o solo lectura).</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>No se ha podido guardar la imagen en {folder}.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>El disco está lleno, así que no se ha podido guardar la imagen en {folder}.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}. La imagen que ha creado Google (facturada: {cost}) se conserva en {folder}; Volver a ejecutar la guarda en la biblioteca sin una nueva solicitud.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}. La imagen que ha creado Google (facturada: {cost}) tampoco se ha podido conservar en ningún otro sitio.</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>No hay suficiente espacio libre para esta imagen en {folder}: se necesitan unos {needed} y hay {free} libres. No se ha enviado nada. Libera espacio y vuelve a ejecutar el trabajo.</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>Space o Esc cierra · ← → anterior / siguiente · P X U, 0–5, 6–9 marcan</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} — falta el archivo o no se puede leer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>Gastado hoy (coste real según los recuentos de tokens de Google)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>Exportar lo que ves: la imagen en pantalla o la selección de la Biblioteca</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>Mostrar carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>Ver otra carpeta de biblioteca (una copia, una unidad compartida, una memoria USB)</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>Volver a mi biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>Pegar imagen de referencia</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>Añadir la imagen del portapapeles como referencia</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Copiar prompt</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>Copiar el prompt de la imagen mostrada</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>Copiar la imagen mostrada en el portapapeles, con el ajuste preestablecido de arrastre</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Usar prompt</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>Poner solo el prompt de la imagen mostrada en el panel Redactar</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Imagen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>Ocultar paneles laterales</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer diseño</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>V&amp;entana</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>Generar (la imagen)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>Añade primero una conexión (Archivo → Ajustes).</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Escribe primero un prompt.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>%n trabajo añadido a la cola con “{connection}” (la cola está en pausa).</numerusform>
            <numerusform>%n trabajos añadidos a la cola con “{connection}” (la cola está en pausa).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>%n trabajo añadido a la cola con “{connection}”.</numerusform>
            <numerusform>%n trabajos añadidos a la cola con “{connection}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>Prompt copiado.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>Genera, revisa y entrega imágenes creadas con los modelos de imagen Gemini de Google.</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>Biblioteca: {folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>Hoy {spent} de {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>Hoy {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>Gastado hoy, incluidos {possible} que Google puede haber facturado por trabajos interrumpidos mientras se ejecutaban.</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>Algo inesperado ha fallado. Tus imágenes están a salvo; los detalles de abajo nos ayudan a corregirlo.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · retirado el {date}</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · obsoleto desde el {date}</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · referencias PDF y vídeo</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}: {sizes}; admite imágenes, PDF y vídeos como referencias.</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}: {sizes}; admite imágenes como referencias.</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>no facturado</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>puede que se haya facturado</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free} (demo: costaría {cost} en Google)</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Coste: {cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Coste estimado: {cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google no ha cobrado esta solicitud.</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Puede que Google haya cobrado hasta unos {cost}: la solicitud llegó al modelo antes de fallar.</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>Demo: costaría {cost} en Google.</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>Cobrado por Google (según sus recuentos de tokens).</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>Estimado antes del envío.</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>gratis en la demo (costaría {cost} en Google)</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>unos {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>Por qué espera la cola</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>La cola está en pausa.</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>Los trabajos de “{connection}” esperan a que se restablezca su cuota diaria (dentro de {wait}).</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>En pausa: {reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>Imagen comparada</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>Respuesta del modelo</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>Datos de la imagen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>Todos los datos del archivo: tokens, tiempos, semilla, ubicación</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encajar</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Encajar la imagen en la vista</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>Píxeles reales</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>Editar esta imagen…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>Pedir cambios en esta imagen</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>Nuevo renderizado</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>La misma imagen otra vez a mayor tamaño</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>en {size}</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Usar estos ajustes</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>Poner el prompt y los ajustes de esta imagen en el panel Redactar</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Abrir en el visor</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>Abrir en el visor de imágenes del sistema</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Mostrar el archivo en el gestor de archivos</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>Mostrar la imagen anterior en paralelo</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>Encajar {percent} %</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>Falta el archivo {name} o no se puede leer.</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file} (etiquetado como PNG por Google)</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>{prompt} de entrada, {output} de salida, {thinking} de razonamiento</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>download</source>
        <translation>descarga</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>descodificación</translation>
    </message>
    <message>
        <source>save</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>en {size} — {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>Esta imagen ya tiene el tamaño máximo (4K)</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>La misma imagen otra vez a mayor tamaño; el precio se muestra antes de enviar nada</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>creada por un modelo de IA generativa</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>una composición que incluye partes generadas por IA</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>creada por un algoritmo</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>una captura de cámara</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>creada con herramientas digitales</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>cambio de tamaño</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>ajuste de colores</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>recodificación</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>conversión a otro formato</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>edición de metadatos</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>colocación</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recorte</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>Sin Credenciales de contenido.</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>Credenciales de contenido dañadas: no se puede leer el manifiesto de este archivo.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un firmante desconocido</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>Firmado por {signer}; el certificado está en la lista de confianza de este equipo.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>Firmado por {signer}, pero la imagen se modificó después de firmarla: la firma ya no coincide con los píxeles.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>Firmado por {signer}, pero el certificado de firma había caducado.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>Firmado por {signer}, pero la firma no es válida ({problems}).</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>Firmado por {signer}; el certificado no está en la lista de confianza de este equipo.</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title} (firmado por {signer})</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>una versión anterior</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>Credenciales de contenido dañadas (no se pueden leer)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de origen</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Creado a partir de</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>Al eliminar la procedencia se quitan las Credenciales de contenido de Google (el manifiesto C2PA firmado que indica que la imagen la creó una IA), no se añaden credenciales nuevas y el tipo de origen IA y las líneas de crédito se omiten del XMP. El ajuste preestablecido Original sigue copiando el archivo byte a byte.</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>No se ha elegido ningún certificado de firma.</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>No se ha podido contactar con el servidor de sellado de tiempo {url} o ha rechazado la solicitud.</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>Se ha rechazado el certificado “{signer}” para firmar Credenciales de contenido.</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>No se han podido añadir Credenciales de contenido a la exportación.</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>Las exportaciones se firman con el certificado propio de este equipo; los visores de Credenciales de contenido llamarán “desconocido” al firmante, porque ninguna lista de confianza pública lo conoce. Usa tu propio certificado en Ajustes para que aparezca tu nombre.</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>No se puede leer el archivo de certificado de firma {name}.</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name} no contiene ningún certificado; necesita la cadena de certificados y la clave privada.</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name} no contiene ninguna clave privada; pon la clave en el mismo archivo que la cadena de certificados.</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>La clave privada de {name} está protegida con contraseña; introdúcela en Ajustes.</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name} debe contener tanto un certificado como su clave privada.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name} está protegido con contraseña; introdúcela en Ajustes.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>La contraseña de {name} es incorrecta.</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name} no es un archivo de certificado (PEM o PKCS#12) que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>El certificado “{who}” de {name} caducó el {date}.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>El certificado “{who}” de {name} no es válido antes del {date}.</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>La clave de {name} es de un tipo con el que las Credenciales de contenido no pueden firmar (usa EC, RSA o Ed25519).</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>La clave privada de {name} no corresponde al certificado “{who}”.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>El certificado “{who}” de {name} no es un certificado de firma: no está autorizado a firmar documentos (las Credenciales de contenido necesitan uno emitido para firmar documentos o correo electrónico).</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>El certificado “{who}” de {name} es autofirmado; las Credenciales de contenido necesitan uno emitido por una autoridad de certificación (incluye su cadena en el archivo).</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>Interrumpido: puede que se haya facturado</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>Nuevo renderizado en {size}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>Esperando a que se restablezca la cuota diaria (dentro de {wait})</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>En cola (cola en pausa)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Acciones de la cola</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>Pausar la cola (los trabajos en curso terminan)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Cancelar los trabajos seleccionados</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>Volver a ejecutar los trabajos con error, cancelados o interrumpidos</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>Subir el trabajo en cola seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>Bajar el trabajo en cola seleccionado</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Borrar terminados</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>Quitar los trabajos terminados (las imágenes se conservan)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Mensaje de Google…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>Mostrar las palabras exactas del servicio sobre este error</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>comprobando la biblioteca…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Motivo de Google: {reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Mensaje de Google</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>Reanudar la cola</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>Mostrar imagen</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>Copiar mensaje de error</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Mensaje de Google: {message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>Mensaje de error copiado.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>Se ha quitado %n trabajo de la cola; sus imágenes se conservan en la biblioteca.</numerusform>
            <numerusform>Se han quitado %n trabajos de la cola; sus imágenes se conservan en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>Cola reanudada.</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>Cola en pausa; los trabajos en curso terminan y no se inicia nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>Se ha borrado %n trabajo terminado; sus imágenes se conservan en la biblioteca.</numerusform>
            <numerusform>Se han borrado %n trabajos terminados; sus imágenes se conservan en la biblioteca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>Ajustes recuperados de la imagen soltada.</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>No la ha creado esta aplicación, así que se ha añadido como imagen de referencia.</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>La base de datos de la biblioteca estaba vacía (0 bytes).</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>No se ha podido leer la base de datos de la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} Se ha apartado como {name} y se ha restaurado a partir de la copia de seguridad del {when}; los trabajos, las clasificaciones, los tableros y el historial de gastos están como estaban entonces, y se ha añadido desde su archivo %n imagen creada después.</numerusform>
            <numerusform>{problem} Se ha apartado como {name} y se ha restaurado a partir de la copia de seguridad del {when}; los trabajos, las clasificaciones, los tableros y el historial de gastos están como estaban entonces, y se han añadido desde sus archivos %n imágenes creadas después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} Se ha apartado como {name} y la biblioteca se ha reconstruido a partir de los archivos de imagen (se ha encontrado %n imagen); no había copia de seguridad, así que no se han podido recuperar las clasificaciones, los tableros ni el historial de gastos.</numerusform>
            <numerusform>{problem} Se ha apartado como {name} y la biblioteca se ha reconstruido a partir de los archivos de imagen (se han encontrado %n imágenes); no había copia de seguridad, así que no se han podido recuperar las clasificaciones, los tableros ni el historial de gastos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>No se ha podido leer la base de datos de la biblioteca, así que la biblioteca se muestra a partir de sus archivos de imagen (se ha encontrado %n imagen); las clasificaciones y los tableros no están disponibles.</numerusform>
            <numerusform>No se ha podido leer la base de datos de la biblioteca, así que la biblioteca se muestra a partir de sus archivos de imagen (se han encontrado %n imágenes); las clasificaciones y los tableros no están disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>%n trabajo se interrumpió al detenerse la aplicación y puede que se haya facturado. Está marcado en la cola; vuelve a ejecutarlo si aún lo quieres.</numerusform>
            <numerusform>%n trabajos se interrumpieron al detenerse la aplicación y puede que se hayan facturado. Están marcados en la cola; vuelve a ejecutarlos si aún los quieres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>Se ha guardado %n trabajo que había terminado mientras la aplicación estaba detenida.</numerusform>
            <numerusform>Se han guardado %n trabajos que habían terminado mientras la aplicación estaba detenida.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>“{name}” no es una biblioteca de nbp-desktop: no tiene ni {database} ni una carpeta “{folder}”.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>Imágenes de referencia</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>Imágenes de referencia: suelta archivos aquí, pega con {keys}, arrastra para reordenar, Delete quita</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>Suelta imágenes de referencia aquí
o pega con {keys}</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>Este modelo admite como máximo %n imagen de referencia.</numerusform>
            <numerusform>Este modelo admite como máximo %n imágenes de referencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>Suelta aquí el archivo JSON de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>Zona para soltar el archivo de cuenta de servicio</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>Cola y presupuesto</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;No hay ningún llavero del sistema disponible.&lt;/b&gt; Los secretos no se pueden guardar de forma segura, así que no se pueden añadir conexiones. En Linux, instala y desbloquea GNOME Keyring o KWallet (Secret Service).</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>Las claves se guardan en el llavero del sistema ({backend}), nunca en un archivo de ajustes.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Relación de aspecto</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>Trabajos enviados a la vez a través de una conexión</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>Solicitudes por minuto por conexión, controladas por nuestra parte para no alcanzar los límites de frecuencia de Google</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>Trabajos simultáneos por conexión</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>Una conexión puede tener sus propios límites (Conexiones → Editar). Los cambios se aplican al instante.</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Límite de presupuesto</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>Cuando se alcanza el límite, la cola se pone en pausa; no se pierde nada.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>Tiempo de espera para {size}</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Intentos por trabajo cuando Google está sobrecargado o se cae la red</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>del sistema (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>ninguno (certificados del sistema)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>Usar HTTP/2 cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificado de CA adicional</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>Los cambios de proxy, certificado y HTTP/2 se aplican tras reiniciar.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Mostrar en el administrador de archivos</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>Para usar otra carpeta de biblioteca, inicia la aplicación con --data-dir CARPETA (o define NBP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>Registrar bloqueos del bucle de eventos (para solucionar problemas)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>{jobs} simultáneos, {requests}/min</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>{jobs} simultáneos</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>¿Quitar “{name}” y eliminar su clave del llavero?</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>Probando “{name}”…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>el ajuste de la cola</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>se omite esa conexión</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>una lista de ajustes preestablecidos de exportación</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>los ajustes preestablecidos integrados</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>un identificador nuevo (las claves guardadas con el anterior deben volver a introducirse)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>No hay ninguna conexión llamada “{name}” (conexiones: {known}).</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>Ajustes: &quot;connections&quot; debe ser una lista de conexiones; no se usa ninguna.</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>se omite ese ajuste preestablecido</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de ajustes {path} ({reason}).</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>Ajustes: el archivo no es texto (UTF-8); se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>Ajustes: el archivo no es un JSON válido (línea {line}, columna {column}); se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>Ajustes: el archivo debe contener un único objeto JSON; se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>Ajustes: no se ha podido corregir el archivo ({reason}); se deja como está.</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>Ajustes: el archivo original se conserva como {name}.</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>Estos ajustes los escribió una versión más reciente de nbp-desktop; actualiza la aplicación antes de cambiarlos.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>un nombre (texto no vacío)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>Ajustes: &quot;{path}&quot; debe ser {rule}; valor usado: {fallback}.</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>se omite</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>Ajustes: &quot;{path}&quot; debe ser un grupo de ajustes; {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>Ajustes: &quot;{path}&quot; debe ser un grupo de ajustes; se usan sus valores predeterminados.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>Ajustes: &quot;{path}&quot; debe ser {rule}; {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>Ajustes: &quot;{path}&quot; no tiene &quot;{field}&quot;; {left_out}.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>Importar hoja de prompts</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>No se ha elegido ninguna hoja.</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>Elegir hoja…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Pegar tabla</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>Usar filas copiadas de una hoja de cálculo (la primera fila es el encabezado)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>Lote a mitad de precio (Google lo ejecuta en 24 h)</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>Interactivo (la cola, precio completo)</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>Ejecutar como</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Bucket de Cloud Storage</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>Omitir las filas con problemas y enviar el resto</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>Elegir una hoja de prompts</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Hojas de prompts (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>Hoja pegada</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>Esta hoja no se puede importar:</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>predeterminado del modelo</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>Se muestran las primeras {shown} de {total} filas. %n fila con problemas:</numerusform>
            <numerusform>Se muestran las primeras {shown} de {total} filas. %n filas con problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>Se muestran las primeras {shown} de {total} filas. Todas las filas son válidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>%n fila con problemas:</numerusform>
            <numerusform>%n filas con problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Todas las filas son válidas.</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind} no tiene modo de lote; esta hoja solo se puede ejecutar mediante la cola, a precio interactivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>%n imagen: {batch} a precio de lote · {interactive} interactivo</numerusform>
            <numerusform>%n imágenes: {batch} a precio de lote · {interactive} interactivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>Indica el bucket de Cloud Storage del que Vertex lee las solicitudes y en el que escribe los resultados; la cuenta de servicio necesita el rol Storage Object Admin en él.</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>Panel Redactar</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>Cuadro “Editar esta imagen”</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>La imagen (pestaña Generar)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>Cuadrícula de la Biblioteca</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>La imagen o la cuadrícula de la Biblioteca</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>Añadir la generación a la cola</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>Añadir la edición a la cola</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>Exportar lo que ves: la imagen en pantalla o la selección de la Biblioteca</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>Abrir otra biblioteca</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>Importar una hoja de prompts (lote o cola)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>Deshacer el último cambio en la biblioteca</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo que se ha deshecho</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>Pegar una imagen de referencia</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>Copiar el prompt de la imagen mostrada</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>Copiar la imagen mostrada (con el ajuste preestablecido de arrastre)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>Encajar la imagen en la vista</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>Píxeles reales (100 %)</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>Acercar (o la rueda)</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>Alejar (o la rueda)</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>Ir al prompt</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>Ir a la imagen (pestaña Generar)</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>Ir a la Biblioteca</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Ir a la cola</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>Minimizar la ventana</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>Editar esta imagen…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>Comparar con la imagen anterior</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Cancelar los trabajos seleccionados</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>Volver a ejecutar los trabajos seleccionados</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>Subir el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>Bajar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>Ocultar los paneles laterales y volver a mostrarlos</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>Pantalla completa y volver</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Marcar como seleccionada</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Marcar como rechazada</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>De 1 a 5 estrellas</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Sin estrellas</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>Etiqueta roja, amarilla, verde, azul</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>Lupa al 100 %</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>Comparar las dos imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>Añadir la selección al último tablero</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>Mover la selección a la papelera</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>Abrir en grande en la pestaña Generar</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>Imágenes para exportar</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>No se puede abrir la carpeta de la biblioteca: {reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>No se ha podido comprobar la biblioteca: {reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>Demo: las imágenes las genera localmente el emulador integrado y cuestan {cost}.</translation>
    </message>
</context>
</TS>
