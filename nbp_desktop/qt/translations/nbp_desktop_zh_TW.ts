<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>「{name}」是 {kind} 連線，不支援批次模式。請使用 --interactive（一般佇列）執行該表格，或改用 AI Studio 或 Vertex AI 連線，以半價執行批次。</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>請指定批次使用的 Cloud Storage 值區，例如 gs://my-bucket/batches。</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>無法讀取 Google 關於該批次的回應。</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>批次的結果檔案在下載時被截斷，將重新下載。</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>Google 未說明批次輸入檔案應上傳到何處。</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>批次輸入檔案的上傳未完成，將重新傳送。</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>Google 未給出已上傳輸入檔案的名稱。</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>Google 上已不再有此批次的結果檔案（可能已被刪除或已過期）；未下載的列已標記為失敗。</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>不存在 Cloud Storage 值區「{bucket}」（或服務帳戶無法看到它）。請在同一專案中建立該值區，或指定其他值區。</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>服務帳戶</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account} 無法將值區「{bucket}」用於批次工作：缺少 {permissions}。請在該值區上為其授予「Storage Object Admin」角色（Cloud 主控台 → Cloud Storage → 該值區 → 權限）。</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>結果檔案 {uri} 已不在值區中；尚未下載的列已標記為失敗。</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>正在驗證</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>佇列中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下載</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>部分失敗</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>沒有批次 {batch}。</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Vertex 批次在 Cloud Storage 值區中讀寫檔案：請使用 --bucket gs://BUCKET/FOLDER 指定一個值區。</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>未知的批次模式「{mode}」。</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>Google 未給出新批次的名稱。</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>已在傳送批次之前取消；未產生任何費用。</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>批次 {batch} 尚未到達 Google；沒有可下載的內容。</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>批次 {batch} 在 Google 上仍處於 {state} 狀態；完成後即可下載其結果。</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>值區中缺少批次的結果檔案；未下載的列已標記為失敗。</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>在 Google 執行此列之前批次已過期（Google 給每個批次 48 小時）；請為遺漏的列重新送出表格。</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>批次在此列執行之前已取消；未計費。</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google 無法執行該批次（{detail}）。</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google 無法執行該批次。</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google 未傳回此列的結果。</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>工作以 {status} 狀態結束。</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem}（另有 %n 列也有問題。）</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>表格「{sheet}」中沒有可傳送的列；請修正列出的問題列。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>表格「{sheet}」為空：第 1 列應為標題列（prompt、aspect ratio、size、count、seed、system instruction、reference paths、output name、tags），之後每列對應一張影像。</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>無法開啟表格 {path}。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>表格「{sheet}」大小為 {size}，超出提示表格的上限（{limit}，約 100,000 列）；未讀取任何內容（從第 1 列起）。請將其拆分為較小的表格。</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>無法讀取表格 {path}。</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>「{sheet}」的第 1 列（標題列）中沒有「prompt」欄；其欄為 {columns}。請將其中一欄命名為「prompt」。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>第 {row} 列無法作為表格列讀取（{error}）。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>表格「{sheet}」的第 1 列有標題，但下方沒有任何列：請從第 2 列起每張影像新增一列。</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>「{sheet}」的第 {row} 列不是 UTF-8 文字（第 {column} 個字元處的位元組 {byte}）；該表格可能以 Latin-1 或 Windows-1252 儲存。請將其另存為「CSV UTF-8」後重新匯入。</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>第 {row} 列沒有提示。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>第 {row} 列：提示中有不成對的「{open}」或「{close}」；如需輸入大括號字元本身，請寫作 {open}{open} 或 {close}{close}。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>第 {row} 列：提示使用了 {placeholder}，但表格中沒有「{column}」欄。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>第 {row} 列：提示使用了 {placeholder}，但該儲存格為空。</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>第 {row} 列：{model} 不支援長寬比「{ratio}」；請使用 {ratios} 之一。</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>第 {row} 列：{model} 不支援尺寸「{size}」；請使用 {sizes}。</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>第 {row} 列：數量「{count}」必須是 1 到 {most} 之間的整數。</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>第 {row} 列：種子「{seed}」不是整數。</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>第 {row} 列：參考影像「{name}」不存在（查詢位置：{path}）。</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>第 {row} 列：有 %n 張參考影像；{model} 最多接受 {most} 張。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>正在驗證</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>佇列中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下載</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>正在上傳</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>部分失敗</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>內嵌</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>互動式</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>匯入提示表格…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批次</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即檢查</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>立即詢問 Google，而不是等到下一次定時檢查</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>第 {number} 列（{key}）：{error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>批次「{sheet}」已記錄，正在傳送給 Google。</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>批次「{sheet}」：%n 張影像已在圖庫中的「{sheet}」看板上。</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost}（互動式）</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost}（批次價格）</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>以批次價格（互動式價格的一半）或透過佇列生成一個 CSV/TSV 提示表格</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>所有影像
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}：將影像拖放到此處，或選取影像後按 B</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>新增看板…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>刪除看板</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>自 {deprecated} 起棄用，於 {shutdown} 停用。</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>自 {deprecated} 起棄用。</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>於 {shutdown} 停用。</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>一律進行思考；在 Vertex 上 4K 為 Preview。影像僅可作為參考。</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro（預覽版，已在 AI Studio 停用）</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>請使用 gemini-3-pro-image。</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>2026-10-06 GA；Google 建議的影像模型。</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>2026-06-30 GA；速度快，僅 1K；無 Flex 或 Priority 層級。</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>請使用 gemini-nano-banana-2.1。</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>僅 1K。</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>描述影像…   （按 {keys} 加入佇列）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>以前的提示</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>系統指令</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>隨每個提示一起傳送的固定指令（選填）</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>例如：你是一名產品攝影師。乾淨的攝影棚光線。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>從檔案新增參考影像</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>模型 ID；可以輸入更新的 ID</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>關於此模型</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>長寬比</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>思考層級</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>以 Google 搜尋建立基準</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>讓模型在網路上查詢資料（另外計費）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>使用這些設定加入佇列的工作數</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>2×2 變體網格</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>一次請求生成四個變體（費用為四分之一）；網格及其四個圖塊都會儲存</translation>
    </message>
    <message>
        <source>random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>預估費用</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>加入佇列</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>將此次生成加入佇列（{keys}）</translation>
    </message>
    <message>
        <source>References</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>將生成加入佇列</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>將此次生成加入佇列</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>預設（{level}）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate}（每個工作 4 張影像）</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate}（{tier} 層級）</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>沒有以前的提示</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>新增參考影像</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>影像、PDF 和影片 (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;影像 (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>來自 Google AI Studio 的 API 金鑰（aistudio.google.com → Get API key）。生成影像需要已啟用計費的專案。</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>來自 Google Cloud 主控台的服務帳戶金鑰檔案（JSON）。將檔案拖放到此處；專案將從檔案中讀取。</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>用於 Vertex AI 快速模式的 API 金鑰（不需要專案）。</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>支援 OpenAI 影像 API 的中繼或閘道（LiteLLM 等）：其基底 URL 和金鑰。閘道會自行重試，因此應用程式對每個請求只傳送一次（只有一層重試，而非兩層）。</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>編輯連線</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>服務層級</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex：半價，回應可能需要幾分鐘</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority：更快，費用更高</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>此連線使用的 Google 服務層級；如果模型拒絕該層級，此後將改用 Standard</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>選填：中繼、專用端點或模擬器</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基底 URL</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>測試結果</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>實際呼叫一次以檢查金鑰、專案和模型：在 Google 上免費；透過閘道時傳送一個極小的文字請求（不到 1 美分）</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>同時執行的工作數</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分鐘請求數</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>未變更（儲存在鑰匙圈中）</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>必填：https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>服務帳戶金鑰檔案</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>無法讀取「{name}」。</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}：請將其他金鑰檔案拖放到此處</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>透過此連線同時傳送的工作數</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>透過此連線每分鐘傳送的請求數（0：無限制），由本應用程式控制，以免觸及 Google 的頻率限制</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>與「設定 → 佇列」相同（{current}）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>請先輸入{secret}。</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI 快速模式</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>OpenAI 相容閘道</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>服務帳戶金鑰</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>請為連線命名。</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>閘道連線需要基礎 URL（例如 https://relay.example.com）。</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>基礎 URL「{url}」必須以 https://（或 http://）開頭。</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>服務層級「{tier}」不在 {choices} 之中。</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Vertex 連線需要專案 ID（通常從服務帳戶檔案中讀取）。</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>{label}為空。</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>「{name}」的機密資訊已不在鑰匙圈中，請重新輸入。</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>「{name}」的{label}已不在鑰匙圈中。請編輯該連線並重新輸入。</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>為「{name}」儲存的金鑰</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>已移除{label}開頭的不可見位元組順序標記。</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>{label}中含有{character}（第 {position} 個字元）；它必須是一行字母和數字。請從控制台重新複製。</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>{label}中含有非普通 ASCII 的字元（第 {position} 個字元）；它只能包含字母、數字和少量符號。請從控制台重新複製。</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>換行字元</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>NUL 字元</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可見字元</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path} 不是一般檔案；請選擇 JSON 金鑰檔案本身。</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>無法讀取服務帳戶檔案 {path}。</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source} 大小為 {size} KB；Google 服務帳戶金鑰檔案約為 2 KB（最多接受 {limit} KB）。請選擇從 Google Cloud 控制台下載的 JSON 金鑰檔案。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>沒有可用的系統鑰匙圈，因此無法安全地儲存機密資訊。請安裝並解鎖 Secret Service 鑰匙圈（GNOME Keyring 或 KWallet），登入桌面工作階段，然後重試。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>沒有可用的系統鑰匙圈，因此無法安全地儲存機密資訊。請確認系統鑰匙圈已解鎖，然後重試。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>系統鑰匙圈已鎖定。請解鎖後重試。</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>系統鑰匙圈拒絕儲存或讀取機密資訊。</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>「{name}」可以使用：{service} 已接受 {model} 的憑證。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>閘道已接受金鑰，但未列出模型「{model}」（列出的有：{models}）。</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>「{name}」可以使用：閘道已接受金鑰並列出了 {model}，模型也透過閘道回應了一次單字測試。</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>就閘道所能顯示的而言，「{name}」可以使用：閘道已接受金鑰並列出了 {model}。閘道不提供能到達模型的小型請求，因此模型是否回應，生成第一張影像時即可知道。</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>閘道已接受您的金鑰並列出了 {model}，但其後端服務拒絕了閘道自身的憑證（HTTP {status}）。請洽閘道的管理者檢查這些憑證。</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>閘道已接受金鑰並列出了 {model}，但目前沒有可供該模型使用的閒置容量（HTTP 429）：{said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>閘道已接受金鑰並列出了 {model}，但無法從其後端模型取得回應（HTTP {status}）：{said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>就閘道所能顯示的而言，「{name}」可以使用：閘道已接受金鑰並列出了 {model}，但拒絕了小型測試請求（HTTP {status}：{said}），因此模型是否回應，生成第一張影像時即可知道。</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>無：本電腦自有的憑證</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>簽署憑證檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>使用本電腦自有的憑證</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>儲存在系統鑰匙圈中</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>憑證密碼</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>檢查憑證</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>無（例如 {url}）</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>時間戳記伺服器</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>簽署憑證狀態</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>會變更檔案的轉存將獲得新的內容憑證 (C2PA)，並以 Google 的內容憑證作為其成分，簽署者為：</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>憑證（PEM 或 PKCS#12）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>已使用本電腦自有的憑證簽署。</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓「{signer}」可在 {date} 之前為內容憑證簽署。</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>將使用您的憑證；按「檢查憑證」進行測試。</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>簽署憑證</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>含金鑰的憑證 (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>日期範圍</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>至（含）</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>編輯此影像</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>需要修改什麼？（Google 會看到影像和目前為止的對話。）</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>需要修改的內容</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>例如：讓天空變得風雨交加   （按 {keys} 加入佇列）</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>將編輯加入佇列</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>已按 {size} 重新渲染</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>已按更大尺寸重新渲染</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（無提示）</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>生成：{prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>編輯：{prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>編輯歷史記錄</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>顯示一張影像即可檢視其編輯。</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>從此輪建立分支…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>編輯選取的輪次：建立新分支，之後的編輯保持不變</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>只有一輪：尚無編輯。</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>此編輯樹中有 %n 輪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;圖庫為空。&lt;/b&gt;&lt;br&gt;生成的每張影像都會出現在這裡。在「撰寫」中輸入提示，然後按 {keys}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;沒有與搜尋和篩選條件符合的影像。&lt;/b&gt;&lt;br&gt;「清除篩選」可重新顯示整個圖庫。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;此看板為空。&lt;/b&gt;&lt;br&gt;在清單中將影像拖曳到看板上，或選取影像後按 B。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;佇列為空。&lt;/b&gt;&lt;br&gt;在「撰寫」中輸入提示，然後按 {keys}：工作會在這裡等待並執行，並顯示進度、時間和費用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;還沒有影像。&lt;/b&gt;&lt;br&gt;在「撰寫」中輸入提示，然後按 {keys}，或者從圖庫中開啟一張影像。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小時 {minutes} 分鐘</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image(s)</source>
        <translation>
            <numerusform>轉存 %n 張影像</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設集</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>儲存為預設集…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>原始檔案（完全相同的複本）</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 品質</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>預估檔案大小</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4 保留完整的色彩細節（印刷）；4:2:0 檔案更小（網頁）</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>漸進式</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>長邊</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>紙張尺寸</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>嵌入 sRGB</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>轉換為描述檔…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>無描述檔</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>RGB 或 CMYK .icc 描述檔（例如由印刷廠提供）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>相對公制色度</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>感應式</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>飽和度</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>絕對公制色度</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>提示、模型和 AI 來源 (XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>內容憑證</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>保留 Google 的內容憑證，並為此次轉存所做的變更簽署</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>移除所有來源資訊</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>內容憑證 (C2PA) 說明影像由誰建立以及如何被變更。{signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>壓縮警告</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>改用「原始」</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>仍然重新編碼</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>寫入中繼資料 CSV</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>製作連絡表 (PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>色度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>色彩比對方式</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>TIFF 位元深度</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>中繼資料</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>檔名</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>轉存</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>在 {paper} 上的有效解析度：{ppi} ppi（在此 ppi 下影像小於紙張）</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>在 {paper} 上的有效解析度：{ppi} ppi</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google 傳送的已是 JPEG：其資料保持原樣（不再二次壓縮），只新增尺寸資訊和中繼資料。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;二次壓縮：&lt;/b&gt;Google 傳送的已是 JPEG，此預設集會再次壓縮，導致細節損失。使用「原始」可原樣交付 Google 的檔案。</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>正在預估大小…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>每張約 {size}（依第一張影像）</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>約 {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>儲存預設集</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>預設集名稱：</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>色彩描述檔</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC 描述檔 (*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>轉存到</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>正在取消（完成目前影像後）…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>移除所有來源資訊？</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

確定移除？</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>不帶內容憑證轉存？</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

仍然不帶新的內容憑證轉存？這樣轉存的檔案也將不含 Google 的內容憑證（「原始」預設集會保留它們）。</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>未轉存任何內容：未移除來源資訊。</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>第 {number} / {total} 張：{name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>%n 張影像 · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>已取消：已將 %n 張轉存到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>已將 %n 張轉存到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} 其中 %n 張的提示過長，無法完整寫入 JPEG 中繼資料，因此在中繼資料中已被截短；完整文字仍保留在圖庫中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>無法從圖庫讀取影像 {name}。</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>PNG 無法包含 CMYK：如需使用 CMYK 描述檔，請選擇 JPEG 或 TIFF。</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>未知的轉存格式「{format}」。</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>無法讀取色彩描述檔 {name}。</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>（未選擇）</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>此安裝中缺少 sRGB 色彩描述檔；請重新安裝應用程式。</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>無法將轉存內容寫入 {folder}。</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>來源檔案不是 JPEG 檔案。</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>中繼資料區塊過大，無法放入 JPEG 區段。</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>網頁 JPEG</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>印刷 JPEG</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>印刷 TIFF</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>沒有轉存預設集「{name}」（預設集：{presets}）。</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>正在準備拖放的檔案…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在轉存</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>最近的結果</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>最新優先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早優先</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>星級</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自訂範圍…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>搜尋提示和回覆</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋圖庫</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>僅顯示已加上旗標</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>僅顯示加上旗標的影像</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>隱藏已排除</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>隱藏設為排除的影像</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>有編輯</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>僅顯示屬於編輯歷史記錄的影像</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>內容憑證</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>僅顯示帶內容憑證（C2PA 資訊清單）的影像</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意星級</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意色彩標籤</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>色彩標籤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>任意連線</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>任意模型</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意尺寸</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>長寬比</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>任意比例</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>重新顯示全部內容（搜尋詞和篩選）</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>縮圖大小</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>日期、色彩標籤、連線、模型、尺寸、比例、編輯、內容憑證</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多篩選</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>更多篩選（{count}）</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>貼上 API 金鑰（最快的開始方式）。</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>拖放服務帳戶金鑰檔案；專案和位置會自動填寫。</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>快速模式的 API 金鑰。</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>中繼的基底 URL 和金鑰。</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>歡迎使用 nbp-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;連線您的 Google 帳戶&lt;/h3&gt;影像使用您自己的帳戶生成，並由 Google 計費。您的金鑰儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>先使用內建模擬器體驗</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>所有功能都在本機使用預留位置影像執行；不會產生任何費用。稍後可在「設定」中新增連線。</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation>找不到檔案</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}，{marks} — 找不到檔案</translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation>{width} × {height}，{marks}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation>圖庫狀態</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>返回我的圖庫</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>新增看板…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>看板用於收集影像；一張影像可以位於多個看板中</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到垃圾桶</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>將選取的影像移到垃圾桶 ({delete})；可用 {undo} 復原</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>新增到目標看板</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>將選取的影像新增到上次選取的看板 (B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>正在計算影像數量…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>{shown} / {total} 張影像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>{shown} 張影像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>已選取 {selected} 張</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>已重做：{step}。</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>已復原：{step}。</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} 可用 {keys} 復原。</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>此圖庫以唯讀方式開啟。要變更星級、看板或檔案，請以讀寫方式重新開啟。</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>復原{step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>重做{step}</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>該看板</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>新增看板</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>看板名稱：</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>重新命名看板</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>放大檢視</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>使用全部設定</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>使用提示</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>新增到看板</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>從「{board}」中移除</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>請選取兩張影像進行比較。</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>正在檢視 {folder} 中的圖庫（唯讀）。新影像仍會儲存到您自己的圖庫。</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>正在檢視 {folder} 中的圖庫（讀寫）。新影像仍會儲存到您自己的圖庫。</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>已加上旗標</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>內容憑證</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>已損壞的內容憑證</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>無標記</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>開啟圖庫</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>開啟「{folder}」中的圖庫</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>唯讀方式永遠不會變更圖庫（適合共用磁碟機或他人的圖庫）。讀寫方式可讓您在其中設定星級、加上旗標、加入看板和刪除。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以唯讀方式開啟</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>以讀寫方式開啟</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>無法將「{name}」移到垃圾桶，因此未刪除。該資料夾可能是唯讀的，或此磁碟機沒有垃圾桶。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 張影像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>圖庫網格</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>放大檢視</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>比較選取的影像</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>新增到上一個看板</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>移到垃圾桶</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>在「生成」分頁中開啟</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>已中斷 — 可能已計費。此工作執行時應用程式已停止；如果仍需要該影像，請重新執行。</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>這是一個資料夾，不是影像檔案</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>這不是一般檔案（而是管道、通訊端或裝置）</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>大小為 {size} MB；可接受的最大檔案為 {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>無法讀取檔案（權限被拒絕）</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>這是一個指向自身的連結（符號連結迴圈）</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>無法讀取檔案（{reason}）</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>它既不是影像檔案（PNG、JPEG、WebP、HEIC 或 HEIF），也不是 PDF 或影片</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>大小為 {size} MB，而 Google 接受隨提示傳送的 PDF 和影片最大為 {limit} MB</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>PDF 已損壞或不完整，無法讀取</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>PDF 受密碼保護，Google 無法讀取</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>請先另存一份不含密碼的複本。</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 沒有任何頁面</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>PDF 有 {pages} 頁，而 Google 最多讀取 {limit} 頁</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>「{name}」無法用作參考：{reason}。</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>無法使用此參考：{reason}。</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>無法使用此參考影像：{reason}。</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google 不接受 {type} 影像；請使用 PNG、JPEG 或 WebP</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>大小為 {size} MB，超過 Google 的 7 MB 上限，而 HEIC 檔案無法在此縮小；請先將其轉存為 JPEG</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>請減少頁數，或將 PDF 轉存為更小的檔案。</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>請使用更短或更小的影片片段。</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>尺寸為 {width} × {height} 像素，超過可接受的 {limit} 百萬像素</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>聲稱超過 {limit} 百萬像素（檔案已損壞或為惡意檔案）</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>檔案已損壞或不完整，無法讀取影像</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>無法讀取影像（{reason}）</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>無法將其縮小到 Google 的 7 MB 上限以內</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>「{name}」無法用作參考影像：{reason}。</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source} 不是可用的服務帳戶金鑰（{reason}）：請在 Google Cloud 控制台 → IAM → 服務帳戶 → 金鑰中下載新的 JSON 金鑰。</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>它不是 JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 物件</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>它是 OAuth 用戶端檔案，不是服務帳戶金鑰</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>其類型為「{type}」，而不是「service_account」</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>它缺少 {fields}</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>其 private_key 不是 PEM 金鑰</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>無法讀取其私鑰</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google 未接受該服務帳戶金鑰（金鑰可能已被刪除，或帳戶已停用）。請建立新的 JSON 金鑰，然後重新新增連線。</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>您的 API 金鑰被拒絕。請檢查是否複製了完整的金鑰，以及它是否屬於正確的專案。</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>此專案未啟用計費。生成影像需要一個已啟用計費的 Google Cloud 專案。</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google 未接受此連線的登入。服務帳戶可能已被刪除或其金鑰已被撤銷；請使用有效的金鑰檔案重新新增連線。</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>此專案未啟用該 API。請在 Google Cloud 控制台中啟用它，等待一分鐘後重試。</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>此帳戶無權使用該模型（權限被拒絕）。請為服務帳戶授予「Vertex AI User」角色。</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>此帳戶無權使用該模型（權限被拒絕）。請檢查金鑰的 API 限制。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>找不到模型「{model}」。該模型可能未在區域「{location}」中提供：請嘗試位置「global」。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>找不到模型「{model}」。該模型可能已停用：請嘗試模型「gemini-3-pro-image」。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>找不到模型「{model}」。請檢查模型名稱和位置。</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>Google 目前負載過高。</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google 回應時間過長（請求逾時）。</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Google 出現內部問題（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>提示被服務的安全過濾器攔截。</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google 不為模型「{model}」提供此服務層級。</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google 拒絕了請求：{reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>閘道拒絕了 API 金鑰（HTTP {status}）。請檢查此連線使用的金鑰。</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>閘道傳回了網頁而不是資料（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>閘道接受了您的金鑰，但其後端服務拒絕了閘道自身的憑證（HTTP {status}）。請洽閘道的管理者檢查這些憑證。</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>閘道拒絕了 API 金鑰（HTTP {status}）。請檢查此連線用於閘道的金鑰。</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>閘道回應已達到其頻率限制（HTTP 429）。</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>閘道不提供模型「{model}」（HTTP {status}）。請檢查連線中的模型名稱。</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>閘道回應提示被安全過濾器攔截。</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>閘道回應該模型不可用：{reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>閘道回應錯誤（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>閘道拒絕了請求（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>今天的配額已用完；將於太平洋時間 00:00 重設（{wait}後）。</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>每分鐘配額已用完。</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>Google 為此模型提供的容量正忙（頻率受限）。</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>請求到達模型之前存取即被拒絕（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>伺服器（或中間的代理）傳回了網頁而不是資料（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>儲存的金鑰中含有換行字元、定位字元或其他不可見字元，因此無法傳送。請編輯該連線並重新貼上金鑰。</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google 未在 {seconds} 秒內回應。請求已逾時。</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google 未回應。請求已逾時。</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>無法建立安全連線（TLS 憑證問題）。可能有代理或防毒軟體在攔截流量；請在「設定 → 網路」中設定其憑證。</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>無法解析伺服器位址。請檢查您的網際網路連線（或基礎 URL）。</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>下載影像時連線中斷。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>無法連線到伺服器。請檢查您的網際網路連線。</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>AI Studio 無法選擇輸出格式或 JPEG 品質（只有 Vertex 可以）；請將其留空，或之後將影像轉存為 JPEG。</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model} 不接受思考層級（它始終會思考）。請將思考層級留空。</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model} 接受的思考層級為 {levels}，不接受「{level}」。</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model} 不生成 {value} 的影像。請從 {choices} 中選擇一個。</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model} 最多接受 {limit} 張參考影像；但提供了 %n 張。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF 或影片</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model} 不接受 {type} 參考（{name}）；請使用影像，或使用 Nano Banana 2.1。</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>某個參考</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model} 不接受 {tier} 服務層級；請為此連線選擇 Standard。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>請先輸入提示。</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>Google 的回應不是預期的格式。</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>提示被 Google 的安全過濾器攔截（{reason}）。請換一種說法後重試。</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google 的回應中沒有影像。</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>伺服器（或中間的代理）傳回了網頁而不是資料。</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>回應在完成之前被截斷。</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>無法讀取回應（資料格式錯誤）。</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>無法解碼回應中的影像。</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>回應中包含的資料不是可讀取的影像。</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>Google 的安全過濾器扣留了該影像（{reason}）：請改寫提示或使用其他參考影像，常見的觸發因素是真實人物、品牌以及暴力或露骨的細節。</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>該影像因與現有素材過於相似而被扣留（{reason}）。請修改提示後重試。</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google 只傳回了文字，沒有影像。請在提示中明確要求生成影像。</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>Google 這次沒有生成影像（{reason}）。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>正在等待 Google…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>正在下載 {received} / {total} MB</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>正在下載 {received} MB</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>正在解碼…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重試</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason} — {wait}後重試（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google 不為 {model} 提供 {tier} 服務層級；「{connection}」現在對此模型使用 Standard。請重新執行該工作。</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>回應為空。</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>閘道只接受影像作為參考，因此「{name}」（PDF 或影片）無法隨此請求傳送。請改用 AI Studio 或 Vertex AI 連線。</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>閘道的回應不是預期的格式。</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>閘道傳回的是影像連結而不是影像本身；它必須傳回 b64_json。</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>閘道的回應中沒有影像。</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>Google 生成回應後，回應被截斷 — 可能已向您計費。</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>請求到達 Google 後逾時（{seconds} 秒內無回應）— 可能已向您計費。</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>請求到達 Google 後逾時 — 可能已向您計費。</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>請求到達 Google 後、回應傳回前連線中斷 — 可能已向您計費。</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} 可能已向您計費。</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>轉存</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>拖出格式</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>拖放預設集</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>從應用程式中拖出（或複製）的檔案會在放下時依此預設集轉存</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>轉存…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>轉存目前所見內容（{keys}）</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>正在以「{preset}」拖曳 %n 張影像…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>已以「{preset}」複製影像。</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>請在圖庫中選取影像，或顯示一張影像，然後再轉存。</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>影像</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>上次加入佇列的 %n 個工作正在等待。請繼續佇列以執行它們。</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>數量必須為 1 或以上。</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>沒有工作 {job}。</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>工作 {job} 的狀態為「{status}」；只有失敗、已取消或已中斷的工作才能重新執行。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暫停。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>啟動工作時發生意外錯誤；佇列繼續執行。（供技術支援參考的詳細資訊：{error}）</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>「{connection}」的每日配額已重設；其工作將繼續。</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>已達到今天 {cap} 的預算上限（已花費 {spent}）；佇列已暫停。請提高上限或繼續佇列。</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>已達到本月 {cap} 的預算上限（已花費 {spent}）；佇列已暫停。請提高上限或繼續佇列。</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>工作已取消。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>此工作發生意外錯誤。</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>預算上限現為 {cap}；佇列繼續執行。</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>預算上限已移除；佇列繼續執行。</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>影像已經送達並已計費，因此保留在圖庫中，不予取消。</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>花費中包含 Google 可能已為執行中被中斷的工作計費的 {possible}。</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} 「{connection}」的工作將等待到那時（{wait}後）。</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>佇列中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼上的影像</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>圖庫資料夾中缺少參考影像 {name}。</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>要編輯的影像已不在圖庫中。</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>無法從圖庫中讀取要編輯的影像（{name}）。</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>語言</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>系統語言（{language}）</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>新語言將在下次啟動應用程式時生效。</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>請重新啟動應用程式以使用新語言。</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>開啟圖庫</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>無法開啟「{folder}」中的圖庫。</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>加上旗標</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>設為排除</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>移除旗標</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>無星級</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>無色彩標籤</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>紅色色彩標籤</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>黃色色彩標籤</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>綠色色彩標籤</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>藍色色彩標籤</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark}（%n 張影像）</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>新增看板「{name}」</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>刪除看板「{name}」</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>已刪除看板「{name}」（其中的影像仍保留在圖庫中）。</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>重新命名「{name}」</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>該看板</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>新增到「{board}」</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>已將 %n 張影像新增到「{board}」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>從「{board}」中移除</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>將 %n 張影像移到垃圾桶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>已將 %n 張影像移到垃圾桶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>有 %n 個檔案無法從垃圾桶還原（垃圾桶可能已被清空）；它們會顯示為找不到檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>此變更（{command}）無法儲存到圖庫。</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>此圖庫以唯讀方式開啟。要變更它，請透過「開啟圖庫…」重新開啟並選擇讀寫方式。</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>圖庫正被另一個 nbp-desktop 視窗或指令使用，因此此變更未儲存。請稍後重試。</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>此圖庫由更新版本的 nbp-desktop 寫入；請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>圖庫所在的磁碟（{folder}）已滿，因此無法開啟其資料庫。請釋放一些空間，然後重新啟動應用程式。未做任何變更。</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>圖庫資料庫被另一個程式（備份或同步工具，或本應用程式的另一個副本）鎖定。請將其關閉後重試。未做任何變更。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>無法寫入圖庫資料夾 {folder}（唯讀或權限被拒絕）。請使用「檔案 → 開啟圖庫…」以唯讀方式檢視，或修正該資料夾的權限。未做任何變更。</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>無法從磁碟讀取圖庫資料庫（{error}）。未做任何變更。</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>詳細資訊遺失：無法讀取此影像的附屬檔案，因此只能獲知影像檔案本身包含的資訊。</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>紅色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>已存在名為「{name}」的看板。</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>看板需要名稱。</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>磁碟已滿，無法將影像儲存到 {folder}。請釋放一些空間。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>無法寫入圖庫資料夾 {folder}（權限被拒絕或唯讀）。</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>無法將影像儲存到 {folder}。</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>磁碟已滿，無法將影像儲存到 {folder}。</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}。Google 生成的影像（已計費 {cost}）儲存在 {folder} 中；「重新執行」會將其存入圖庫，而不傳送新請求。</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}。Google 生成的影像（已計費 {cost}）也無法儲存到其他位置。</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>{folder} 中沒有足夠的可用空間存放此影像：約需 {needed}，可用 {free}。未傳送任何內容。請釋放一些空間，然後重新執行該工作。</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>放大檢視</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>空格鍵或 Esc 關閉 · ← → 上一張/下一張 · P X U、0–5、6–9 標記</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} — 找不到檔案或無法讀取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>圖庫</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>撰寫</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>今日花費（根據 Google 的 Token 計數得出的實際費用）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>轉存(&amp;E)…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>轉存目前所見內容：螢幕上的影像，或圖庫中選取的項目</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>顯示圖庫資料夾</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>開啟圖庫…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>檢視另一個圖庫資料夾（副本、共享磁碟機、USB 隨身碟）</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>返回我的圖庫</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>貼上參考影像</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>將剪貼簿中的影像新增為參考</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>複製提示</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>複製所顯示影像的提示</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>複製影像</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>使用拖放預設集將所顯示的影像複製到剪貼簿</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>使用提示</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>僅將所顯示影像的提示放入撰寫面板</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>在圖庫中尋找</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>影像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>隱藏側面板</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重設版面配置</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>佇列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>視窗(&amp;W)</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>生成（影像）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>關於 {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>請先新增連線（檔案 → 設定）。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>請先輸入提示。</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>已使用「{connection}」將 %n 個工作加入佇列（佇列已暫停）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>已使用「{connection}」將 %n 個工作加入佇列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>已複製提示。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>使用 Google 的 Gemini 影像模型生成、審閱和交付影像。</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>圖庫：{folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>今日 {spent} / {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>今日 {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>今日花費，其中包含 Google 可能已為執行中被中斷的工作計費的 {possible}。</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>發生意外錯誤。您的影像安然無恙；以下詳細資訊可協助我們修正問題。</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · 已於 {date} 停用</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · 已於 {date} 棄用</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · 支援 PDF、影片參考</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}：{sizes}；接受影像、PDF 和影片作為參考。</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}：{sizes}；接受影像作為參考。</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>未計費</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>可能已計費</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free}（示範：在 Google 上為 {cost}）</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>費用：{cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>預估費用：{cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google 未對此請求收費。</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Google 可能已收取最多約 {cost} 的費用：請求在失敗前已到達模型。</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>示範：在 Google 上為 {cost}。</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>由 Google 收費（根據其 Token 計數）。</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>傳送前預估。</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>示範中免費（在 Google 上為 {cost}）</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>約 {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>佇列為何等待</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>佇列已暫停。</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>「{connection}」的工作正在等待其每日配額重設（{wait}後）。</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>已暫停：{reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>比較的影像</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>模型回覆</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>影像資訊</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>關於此檔案的所有資訊：Token、耗時、種子、位置</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>使影像符合檢視</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>實際像素</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>編輯此影像…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>請求修改此影像</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>重新渲染</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>以更大的尺寸再次生成同一畫面</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>按 {size}</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用這些設定</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>將此影像的提示和設定放入撰寫面板</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>在檢視器中開啟</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>在系統的影像檢視器中開啟</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>在檔案管理員中顯示該檔案</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>並排顯示上一張影像</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>符合 {percent}%</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>內容憑證</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>檔案 {name} 缺失或無法讀取。</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file}（Google 標記為 PNG）</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>輸入 {prompt}，輸出 {output}，思考 {thinking}</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解碼</translation>
    </message>
    <message>
        <source>save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗時</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>回應者</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>按 {size} — {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>此影像已是最大尺寸（4K）</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>以更大的尺寸再次生成同一畫面；傳送任何內容之前會先顯示價格</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>由生成式 AI 模型建立</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>包含 AI 生成部分的合成影像</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>由演算法建立</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>相機拍攝</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>使用數位工具建立</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>已調整大小</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>已調整色彩</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>已重新編碼</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>已轉換為其他格式</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>已編輯中繼資料</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>已置入</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>已裁切</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>無內容憑證。</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>內容憑證已損壞：無法讀取此檔案中的資訊清單。</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>未知簽署者</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>由 {signer} 簽署；該憑證在本電腦的信任清單中。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>由 {signer} 簽署，但簽署後圖片已被變更：簽章與像素不再相符。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>由 {signer} 簽署，但簽署憑證已過期。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>由 {signer} 簽署，但簽章無效（{problems}）。</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>由 {signer} 簽署；該憑證不在本電腦的信任清單中。</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title}（由 {signer} 簽署）</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>較早的版本</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>內容憑證</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>已損壞的內容憑證（無法讀取）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽署時間</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>來源類型</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>建立工具</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>成分</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>移除來源資訊會刪除 Google 的內容憑證（表明影像由 AI 生成的已簽署 C2PA 資訊清單），不會加入新的內容憑證，且 XMP 中不會包含 AI 來源類型和署名資訊。「原始」預設集仍會逐位元組複製檔案。</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>未選擇簽署憑證。</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>無法連線時間戳記伺服器 {url}，或其拒絕了請求。</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>憑證「{signer}」被拒絕用於內容憑證簽署。</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>無法向轉存內容新增內容憑證。</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>轉存內容使用本電腦自有的憑證簽署；由於沒有公開信任清單認識該憑證，內容憑證檢視器會將簽署者稱為「未知」。要顯示您的名稱，請在「設定」中使用您自己的憑證。</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>無法讀取簽署憑證檔案 {name}。</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name} 中沒有憑證；需要憑證鏈和私密金鑰。</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name} 中沒有私密金鑰；請將私密金鑰放入憑證鏈所在的同一檔案中。</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>{name} 中的私密金鑰受密碼保護；請在「設定」中輸入密碼。</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name} 必須同時包含憑證及其私密金鑰。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name} 受密碼保護；請在「設定」中輸入密碼。</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>{name} 的密碼錯誤。</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name} 不是本應用程式可讀取的憑證檔案（PEM 或 PKCS#12）。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>{name} 中的憑證「{who}」已於 {date} 過期。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>{name} 中的憑證「{who}」在 {date} 之前無效。</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>{name} 中的金鑰類型無法用於內容憑證簽署（請使用 EC、RSA 或 Ed25519）。</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>{name} 中的私密金鑰與憑證「{who}」不相符。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>{name} 中的憑證「{who}」不是簽署憑證：不允許用於簽署文件（內容憑證需要為文件或電子郵件簽署而核發的憑證）。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>{name} 中的憑證「{who}」是自我簽署憑證；內容憑證需要由憑證授權單位核發的憑證（請在檔案中包含其憑證鏈）。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>佇列中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>已中斷 — 可能已計費</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>按 {size} 重新渲染</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>正在等待每日配額重設（{wait}後）</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>佇列中（佇列已暫停）</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>佇列操作</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>全部暫停</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>暫停佇列（執行中的工作會完成）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>取消選取的工作</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新執行</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>重新執行失敗、已取消或已中斷的工作</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>將選取的待執行工作上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>將選取的待執行工作下移</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>移除已完成的工作（影像會保留）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Google 的訊息…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>顯示服務對此次失敗的原始說明</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>正在檢查圖庫…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Google 給出的原因：{reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Google 的訊息</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>全部繼續</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>繼續佇列</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>顯示影像</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>複製錯誤訊息</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>從佇列中移除</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Google 的訊息：{message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>已複製錯誤訊息。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>已從佇列中移除 %n 個工作；其影像仍保留在圖庫中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>佇列已繼續。</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>佇列已暫停；執行中的工作會完成，不會啟動新工作。</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>已清除 %n 個已完成的工作；其影像仍保留在圖庫中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>已從拖放的影像讀取設定。</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>該影像並非由此應用程式生成，因此已將其新增為參考影像。</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>圖庫資料庫為空（0 位元組）。</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>無法讀取圖庫資料庫。</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} 該資料庫已移至 {name}，並已從 {when} 的備份中還原；工作、星級、看板和花費歷史記錄均為當時的狀態，之後生成的 %n 張影像已從其檔案中新增。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} 該資料庫已移至 {name}，並已根據影像檔案重建圖庫（找到 %n 張影像）；由於沒有備份，星級、看板和花費歷史記錄無法還原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>無法讀取圖庫資料庫，因此根據影像檔案顯示圖庫（找到 %n 張影像）；星級和看板不可用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>應用程式停止時有 %n 個工作被中斷，可能已計費。它們已在佇列中標出；如果仍需要，請重新執行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>已儲存在應用程式停止期間完成的 %n 個工作。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>「{name}」不是 nbp-desktop 圖庫：其中既沒有 {database}，也沒有「{folder}」資料夾。</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>參考影像</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>參考影像：將檔案拖放到此處，按 {keys} 貼上，拖曳可調整順序，按 Delete 移除</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>將參考影像拖放到此處
或按 {keys} 貼上</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>此模型最多接受 %n 張參考影像。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪貼簿中沒有影像。</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>將服務帳戶 JSON 檔案拖放到此處</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>服務帳戶檔案拖放區域</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>預設值</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>佇列和預算</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>圖庫</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>內容憑證</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;沒有可用的系統鑰匙圈。&lt;/b&gt;無法安全地儲存機密資訊，因此無法新增連線。在 Linux 上，請安裝並解鎖 GNOME Keyring 或 KWallet（Secret Service）。</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>金鑰儲存在系統鑰匙圈（{backend}）中，絕不會儲存在設定檔案中。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>長寬比</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>透過一個連線同時傳送的工作數</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>每個連線每分鐘的請求數，由本應用程式控制，以免觸及 Google 的頻率限制</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>無上限</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>每個連線同時執行的工作數</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分鐘請求數</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>連線可以有自己的限制（連線 → 編輯）。變更會立即生效。</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>預算上限</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>達到上限時佇列會暫停；不會遺失任何內容。</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>{size} 的逾時時間</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Google 過載或網路中斷時每個工作的嘗試次數</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>來自系統（HTTPS_PROXY）</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>無（系統憑證）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>在伺服器支援時使用 HTTP/2</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>額外的 CA 憑證</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>Proxy、憑證和 HTTP/2 的變更在重新啟動後生效。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 憑證</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>憑證 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在檔案管理員中顯示</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>圖庫資料夾</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>要使用其他圖庫資料夾，請使用 --data-dir FOLDER 啟動應用程式（或設定 NBP_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>記錄事件迴圈卡頓（用於故障排除）</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（預設）</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>同時 {jobs} 個，{requests}/分鐘</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>同時 {jobs} 個</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>移除連線</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>移除「{name}」並從鑰匙圈中刪除其金鑰？</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>正在測試「{name}」…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>佇列的設定</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>已忽略該連線</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>轉存預設集的清單</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>內建預設集</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>新的識別碼（以舊識別碼儲存的金鑰必須重新輸入）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>沒有名為「{name}」的連線（現有連線：{known}）。</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>設定：&quot;connections&quot; 必須是連線清單；將不使用任何連線。</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>已忽略該預設集</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>無法讀取設定檔 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>設定：該檔案不是文字（UTF-8）；將使用預設設定。</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>設定：該檔案不是有效的 JSON（第 {line} 行，第 {column} 欄）；將使用預設設定。</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>設定：該檔案必須只包含一個 JSON 物件；將使用預設設定。</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>設定：無法修正該檔案（{reason}）；保持原樣。</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>設定：原檔案已保留為 {name}。</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>這些設定由更新版本的 nbp-desktop 寫入；請先更新應用程式，再修改設定。</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之間的整數</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之間的數字</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>名稱（非空文字）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文字清單</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>一個值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>設定：&quot;{path}&quot; 必須是{rule}；將使用：{fallback}。</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>已忽略該項</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>設定：&quot;{path}&quot; 必須是一組設定；{left_out}。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>設定：&quot;{path}&quot; 必須是一組設定；將使用其預設值。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>設定：&quot;{path}&quot; 必須是{rule}；{left_out}。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>設定：&quot;{path}&quot; 缺少 &quot;{field}&quot;；{left_out}。</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>匯入提示表格</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>未選擇表格。</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>選擇表格…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>貼上表格</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>使用從試算表複製的列（第一列為標題列）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>半價批次（Google 在 24 小時內執行）</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>互動式（佇列，全價）</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>執行方式</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Cloud Storage 值區</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>略過有問題的列，傳送其餘的列</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>選擇提示表格</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>提示表格 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>貼上的表格</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>無法匯入此表格：</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型預設值</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>顯示 {total} 列中的前 {shown} 列。有問題的列共 %n 列：</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>顯示 {total} 列中的前 {shown} 列。所有列均有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>有問題的列共 %n 列：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>所有列均有效。</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind} 沒有批次模式；此表格只能以互動式價格透過佇列執行。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>%n 張影像：{batch}（批次價格）· {interactive}（互動式）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>請填寫 Vertex 從中讀取請求並向其寫入結果的 Cloud Storage 值區名稱；服務帳戶需要對該值區擁有 Storage Object Admin 角色。</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>撰寫面板</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>「編輯此影像」框</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>影像（「生成」分頁）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>圖庫網格</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>影像或圖庫網格</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>將生成加入佇列</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>將編輯加入佇列</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>轉存目前所見內容：螢幕上的影像，或圖庫中選取的項目</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>開啟另一個圖庫</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>匯入提示表格（批次或佇列）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>復原對圖庫的上一次變更</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已復原的操作</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>貼上參考影像</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>複製所顯示影像的提示</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>複製所顯示的影像（使用拖放預設集）</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋圖庫</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>使影像符合檢視</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>實際像素（100%）</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>放大（或使用滾輪）</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>縮小（或使用滾輪）</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>前往提示</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>前往影像（「生成」分頁）</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>前往圖庫</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>前往佇列</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>最小化視窗</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>編輯此影像…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>與上一張影像比較</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>取消選取的工作</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>重新執行選取的工作</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>上移選取的工作</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>下移選取的工作</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>隱藏側面板，或再次顯示</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>切換全螢幕</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>加上旗標</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>設為排除</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>移除旗標</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>1 到 5 星</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>無星級</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>紅色、黃色、綠色、藍色色彩標籤</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>100% 放大檢視</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>比較兩張選取的影像</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>將選取的影像新增到上一個看板</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>將選取的影像移到垃圾桶</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>在「生成」分頁中放大開啟</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>要轉存的影像</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 張</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>無法開啟圖庫資料夾：{reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>無法檢查圖庫：{reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>示範：影像由內建模擬器在本地生成，費用為 {cost}。</translation>
    </message>
</context>
</TS>
